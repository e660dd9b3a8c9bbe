# Accounts foundation: registry URL normalisation, credential hints, robot export parsing.
# Included by src/core/CMakeLists.txt; paths are relative to src/core.
set(BERTH_CORE_ACCOUNTS_SOURCES
    CredentialHints.cpp CredentialHints.h
    RegistryUrl.cpp RegistryUrl.h
    RobotExport.cpp RobotExport.h
)
