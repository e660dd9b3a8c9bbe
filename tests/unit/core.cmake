# src/core: pure functions, no network, no event loop needed. Included by
# tests/unit/CMakeLists.txt; paths are relative to this file.
berth_add_test(NAME tst_harborjson LABEL unit SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_harborjson.cpp LIBS berth_core)
# The simdjson reading of artifact pages gives what the QJsonDocument reading gives, or declines.
berth_add_test(NAME tst_harborjsonfast LABEL unit SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_harborjsonfast.cpp
               LIBS berth_core)
berth_add_test(NAME tst_pageinfo LABEL unit SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_pageinfo.cpp LIBS berth_core)
# RFC 8288 Link paging of the registry API (/v2/_catalog, tags/list): same origin only.
berth_add_test(NAME tst_linkheader LABEL unit SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_linkheader.cpp LIBS berth_core)
berth_add_test(NAME tst_imageref LABEL unit SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_imageref.cpp LIBS berth_core)
# Server text made safe for terminals and widgets, and CSV cells made safe for spreadsheets.
berth_add_test(NAME tst_displaytext LABEL unit SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_displaytext.cpp LIBS berth_core)
berth_add_test(NAME tst_csv LABEL unit SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_csv.cpp LIBS berth_core)
# The look at a body before it is parsed: page_size and the caps on what one body may cost.
berth_add_test(NAME tst_jsonshape LABEL unit SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_jsonshape.cpp LIBS berth_core)
# Pull commands: only from names inside the grammar, shell-quoted.
berth_add_test(NAME tst_pullcommands LABEL unit SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_pullcommands.cpp LIBS berth_core)
# A file or stdin with a size cap, the first line of stdin, and --password-stdin's secret.
berth_add_test(NAME tst_inputfile LABEL unit SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_inputfile.cpp LIBS berth_credentials)
# Registry URL normalisation (a keychain key), credential hints and robot export files.
berth_add_test(NAME tst_registryurl LABEL unit SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_registryurl.cpp LIBS berth_core)
berth_add_test(NAME tst_credentialhints LABEL unit SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_credentialhints.cpp
               LIBS berth_core)
berth_add_test(NAME tst_robotexport LABEL unit SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_robotexport.cpp LIBS berth_core)
# The registry side (/v2/): manifests, configs, challenges, tokens and digests.
berth_add_test(NAME tst_ocimanifest LABEL unit SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_ocimanifest.cpp LIBS berth_core)
berth_add_test(NAME tst_ociconfig LABEL unit SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_ociconfig.cpp LIBS berth_core)
berth_add_test(NAME tst_authchallenge LABEL unit SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_authchallenge.cpp
               LIBS berth_core)
berth_add_test(NAME tst_contentdigest LABEL unit SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_contentdigest.cpp
               LIBS berth_core)
# docker's config.json and the containers auth.json (imported logins): key shapes, secrets, hostile files.
berth_add_test(NAME tst_containerauthfile LABEL unit
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_containerauthfile.cpp LIBS berth_core)
# Storage accounting: what distribution's garbage-collect keeps and frees, and the figures on it.
berth_add_test(NAME tst_storagegraph LABEL unit SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_storagegraph.cpp
               LIBS berth_core)
# SHA-256/512 in pieces (OpenSSL's EVP) against the FIPS vectors and QCryptographicHash.
berth_add_test(NAME tst_streamhash LABEL unit SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_streamhash.cpp LIBS berth_core)
# The HTTP/1.1 response reader of Berth's plain-http client: lengths, chunks, closes, limits.
berth_add_test(NAME tst_httpresponseparser LABEL unit SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_httpresponseparser.cpp
               LIBS berth_core)
