target_sources(rostercore PRIVATE
    demoserver/adminapiserver.cpp demoserver/adminapiserver.h
    demoserver/demoorganization.cpp demoserver/demoorganization.h
    demoserver/serverfault.h
)
