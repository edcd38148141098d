target_sources(rostercore PRIVATE
)
