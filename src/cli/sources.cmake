target_sources(rostercore PRIVATE
    cli/exportcommand.h cli/exportcommand.cpp
)
