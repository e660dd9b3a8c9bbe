# src/credentials without D-Bus or a keyring: the in-memory store, profiles, and where the secret
# may live in memory. Included by tests/unit/CMakeLists.txt; paths are relative to this file.
berth_add_test(NAME tst_inmemorycredentialstore LABEL unit
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_inmemorycredentialstore.cpp LIBS berth_credentials)
berth_add_test(NAME tst_profilestore LABEL unit
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_profilestore.cpp LIBS berth_credentials)
berth_add_test(NAME tst_secretmemory LABEL unit
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_secretmemory.cpp LIBS berth_credentials berth_api)
# docker-credential-<name> get/list against fake helpers (shell scripts first on PATH).
berth_add_test(NAME tst_credentialhelper LABEL unit
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_credentialhelper.cpp LIBS berth_credentials)
