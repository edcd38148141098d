target_sources(rostercore PRIVATE
    export/csvoptions.h
    export/csvwriter.h export/csvwriter.cpp
    export/csvfilewriter.h export/csvfilewriter.cpp
    export/tableexport.h export/tableexport.cpp
)
