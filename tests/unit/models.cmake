# The tree model against a fake loader: loading, errors, refresh and merge, no server.
berth_add_test(NAME tst_treemodel LABEL unit SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_treemodel.cpp
               LIBS berth_models Qt6::Test)
# The tree snapshot: round trip, every kind of damage refused, its file and its removal.
berth_add_test(NAME tst_treesnapshot LABEL unit SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_treesnapshot.cpp
               LIBS berth_models Qt6::Test)
# ArtifactRecord's compact digest and its block of rarely present fields: every digest comes
# back as given, a plain artifact gets no extra block, nested rows read their own digests.
berth_add_test(NAME tst_artifactrecord LABEL unit SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_artifactrecord.cpp
               LIBS berth_models Qt6::Test)
