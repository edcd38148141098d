target_sources(rostercore PRIVATE
    api/apiclient.cpp api/apiclient.h
    api/apierror.cpp api/apierror.h
    api/group.cpp api/group.h
    api/groupuser.cpp api/groupuser.h
    api/jsonfields.cpp api/jsonfields.h
    api/listingquery.cpp api/listingquery.h
    api/listpage.cpp api/listpage.h
    api/pagefetch.cpp api/pagefetch.h
    api/project.cpp api/project.h
    api/projectgroup.cpp api/projectgroup.h
    api/projectuser.cpp api/projectuser.h
    api/retrypolicy.cpp api/retrypolicy.h
)
