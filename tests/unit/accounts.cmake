# Accounts foundation: URL normalisation, credential hints, robot export, credential stores,
# profiles. Included from tests/unit/CMakeLists.txt; none of these touch D-Bus or a keyring.
set(BERTH_ACCOUNTS_TEST_DIR ${CMAKE_CURRENT_LIST_DIR})
berth_add_test(NAME tst_registryurl LABEL unit
    SOURCES ${BERTH_ACCOUNTS_TEST_DIR}/tst_registryurl.cpp LIBS berth_core)
berth_add_test(NAME tst_credentialhints LABEL unit
    SOURCES ${BERTH_ACCOUNTS_TEST_DIR}/tst_credentialhints.cpp LIBS berth_core)
berth_add_test(NAME tst_robotexport LABEL unit
    SOURCES ${BERTH_ACCOUNTS_TEST_DIR}/tst_robotexport.cpp LIBS berth_core)
berth_add_test(NAME tst_inmemorycredentialstore LABEL unit
    SOURCES ${BERTH_ACCOUNTS_TEST_DIR}/tst_inmemorycredentialstore.cpp LIBS berth_credentials)
berth_add_test(NAME tst_profilestore LABEL unit
    SOURCES ${BERTH_ACCOUNTS_TEST_DIR}/tst_profilestore.cpp LIBS berth_credentials)
berth_add_test(NAME tst_secretmemory LABEL unit
    SOURCES ${BERTH_ACCOUNTS_TEST_DIR}/tst_secretmemory.cpp LIBS berth_credentials berth_api)
