# Translations: zh_CN complete (no unfinished or obsolete entries), placeholders intact, and the
# embedded .qm files load.
berth_add_test(NAME tst_translations LABEL unit SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_translations.cpp
               LIBS berth_translations berth_core berth_operations)
target_compile_definitions(tst_translations PRIVATE
                           BERTH_TRANSLATIONS_DIR="${PROJECT_SOURCE_DIR}/resources/translations")
