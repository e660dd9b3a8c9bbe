# Unit tests for src/core and src/api: pure functions, no network, no event loop needed.
# Included by tests/unit/CMakeLists.txt; paths are relative to this file so that any
# includer works.
berth_add_test(NAME tst_harborjson LABEL unit SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_harborjson.cpp LIBS berth_core)
berth_add_test(NAME tst_pageinfo LABEL unit SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_pageinfo.cpp LIBS berth_core)
berth_add_test(NAME tst_imageref LABEL unit SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_imageref.cpp LIBS berth_core)
berth_add_test(NAME tst_apipaths LABEL unit SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_apipaths.cpp LIBS berth_api)
berth_add_test(NAME tst_requestpolicy LABEL unit SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_requestpolicy.cpp LIBS berth_api)
# Server text made safe for terminals and widgets, and CSV cells made safe for spreadsheets.
berth_add_test(NAME tst_displaytext LABEL unit SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_displaytext.cpp LIBS berth_core)
berth_add_test(NAME tst_csv LABEL unit SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_csv.cpp LIBS berth_core)
# The look at a body before it is parsed: page_size and the caps on what one body may cost.
berth_add_test(NAME tst_jsonshape LABEL unit SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_jsonshape.cpp LIBS berth_core)
# Pull commands: only from names inside the grammar, shell-quoted.
berth_add_test(NAME tst_pullcommands LABEL unit SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_pullcommands.cpp LIBS berth_core)
# A file or stdin with a size cap, the first line of stdin, and --password-stdin's secret.
berth_add_test(NAME tst_inputfile LABEL unit SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_inputfile.cpp LIBS berth_credentials)
