# The cleanup planner's rule semantics: pure evaluation, no network.
berth_add_test(NAME tst_cleanuprules LABEL unit SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_cleanuprules.cpp LIBS berth_operations)
