# The diagnosis: decision table and curl parsing, pure functions.
berth_add_test(NAME tst_errorpresenter LABEL unit SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_errorpresenter.cpp LIBS berth_diagnosis)
# Every cause: its stable id, the round trip from the id, words in the table; the context builder.
berth_add_test(NAME tst_causes LABEL unit SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_causes.cpp LIBS berth_diagnosis)
berth_add_test(NAME tst_curlcommand LABEL unit SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_curlcommand.cpp LIBS berth_diagnosis)
# Hostile server text through the words of the diagnosis: escaped, never acted on.
berth_add_test(NAME tst_servertextwords LABEL unit SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_servertextwords.cpp LIBS berth_diagnosis)
# Harbor's own storage figures (project summary, quota, artifact size) beside Berth's, in words.
berth_add_test(NAME tst_harborfigures LABEL unit SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_harborfigures.cpp
               LIBS berth_diagnosis)
