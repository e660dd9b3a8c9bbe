# The diagnosis: decision table and curl parsing, pure functions.
berth_add_test(NAME tst_errorpresenter LABEL unit SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_errorpresenter.cpp LIBS berth_diagnosis)
berth_add_test(NAME tst_curlcommand LABEL unit SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_curlcommand.cpp LIBS berth_diagnosis)
