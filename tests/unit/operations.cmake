# src/operations: the cleanup rules' semantics (pure evaluation, no network), the action journal
# and the push and pull times everyone shows. Included by tests/unit/CMakeLists.txt.
berth_add_test(NAME tst_cleanuprules LABEL unit SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_cleanuprules.cpp
               ${CMAKE_CURRENT_LIST_DIR}/CleanupFixture.h LIBS berth_operations)
# The plan's JSON and CSV forms, refused plans and the recheck, on the same fixture.
berth_add_test(NAME tst_cleanupplanforms LABEL unit SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_cleanupplanforms.cpp
               ${CMAKE_CURRENT_LIST_DIR}/CleanupFixture.h LIBS berth_operations)
# The action journal's file handling: permissions, and nothing planted at its path is followed.
berth_add_test(NAME tst_actionjournal LABEL unit SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_actionjournal.cpp LIBS berth_operations)
# Push and pull times: the tree, the planner and berthctl ls show the same ones for the same data.
berth_add_test(NAME tst_timesagree LABEL unit SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_timesagree.cpp
               LIBS berth_models berth_operations berth_cli)
# A plain registry's plans: a removal is a whole-manifest delete (RegistryPlanRule), the plan file's form.
berth_add_test(NAME tst_registryplanrule LABEL unit SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_registryplanrule.cpp LIBS berth_operations)
# Undo's reading of the journal: old and new lines, undoable/undone/not undoable, --last; UndoRun's refusal offline.
berth_add_test(NAME tst_undohistory LABEL unit SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_undohistory.cpp LIBS berth_operations)
