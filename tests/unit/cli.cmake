# berthctl's output formats, pure functions.
berth_add_test(NAME tst_rowformat LABEL unit SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_rowformat.cpp LIBS berth_cli)
# berthctl's command lines: the command table, usage errors word for word, options in any order.
berth_add_test(NAME tst_clicommands LABEL unit SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_clicommands.cpp LIBS berth_cli)
# berthctl's exit codes, and the diagnosis's refinement of them.
berth_add_test(NAME tst_exitcodes LABEL unit SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_exitcodes.cpp LIBS berth_cli)
