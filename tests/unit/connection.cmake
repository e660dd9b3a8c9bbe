# ConnectionFactory (src/connection): from a profile to a client, with no request sent.
# Included by tests/unit/CMakeLists.txt; paths are relative to this file.
berth_add_test(NAME tst_connectionfactory LABEL unit
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_connectionfactory.cpp LIBS berth_connection)
