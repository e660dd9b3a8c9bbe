# src/api without a server: URL building and the request policy. Included by
# tests/unit/CMakeLists.txt; paths are relative to this file.
berth_add_test(NAME tst_apipaths LABEL unit SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_apipaths.cpp LIBS berth_api)
berth_add_test(NAME tst_requestpolicy LABEL unit SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_requestpolicy.cpp LIBS berth_api)
berth_add_test(NAME tst_tokencache LABEL unit SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_tokencache.cpp LIBS berth_api)
# The proxy from the environment (api/ProxyRule): variables, no_proxy, loopback, credentials kept
# out of everything printable, and the 407 explanation.
berth_add_test(NAME tst_proxyrule LABEL unit SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_proxyrule.cpp
               LIBS berth_diagnosis)
# RegistryClient's writes without a server: upload Locations kept to the same origin, refusals.
berth_add_test(NAME tst_registrywrites LABEL unit SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_registrywrites.cpp
               LIBS berth_api)
