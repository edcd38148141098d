target_sources(rostercore PRIVATE
    models/groupusersmodel.cpp models/groupusersmodel.h
    models/modelroles.h
    models/pagedlisting.cpp models/pagedlisting.h
    models/pagedtablemodel.cpp models/pagedtablemodel.h
    models/projectgroupsmodel.cpp models/projectgroupsmodel.h
    models/projectsmodel.cpp models/projectsmodel.h
    models/projectusersmodel.cpp models/projectusersmodel.h
    models/recordtablemodel.h
    models/tablefilterproxymodel.cpp models/tablefilterproxymodel.h
)
