target_sources(rostercore PRIVATE
    ui/scrollprefetcher.cpp ui/scrollprefetcher.h
)
