# berthctl's output formats, pure functions.
berth_add_test(NAME tst_rowformat LABEL unit SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_rowformat.cpp LIBS berth_cli)
