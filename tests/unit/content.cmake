# src/content: the content cache on a temporary folder (its multi-process test runs this test's
# own binary as the second writer). Included by tests/unit/CMakeLists.txt.
berth_add_test(NAME tst_contentcache LABEL unit SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_contentcache.cpp
               LIBS berth_content)
# berthctl inspect --json from fixed manifest and config bytes, and the index entry --platform picks.
berth_add_test(NAME tst_inspectjson LABEL unit SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_inspectjson.cpp
               LIBS berth_content)
# What each manifest references, in one file beside the cache: records, damage, appends, bound.
berth_add_test(NAME tst_manifestrefs LABEL unit SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_manifestrefs.cpp
               LIBS berth_content)
