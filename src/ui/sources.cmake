target_sources(rostercore PRIVATE
    ui/scrollprefetcher.cpp ui/scrollprefetcher.h
    ui/connectiondialog.cpp ui/connectiondialog.h
    ui/connectionsettings.cpp ui/connectionsettings.h
    ui/demoserversession.cpp ui/demoserversession.h
    ui/errorbanner.cpp ui/errorbanner.h
    ui/exportcontroller.cpp ui/exportcontroller.h
    ui/exportdialog.cpp ui/exportdialog.h
    ui/filterbar.cpp ui/filterbar.h
    ui/groupmembersdialog.cpp ui/groupmembersdialog.h
    ui/listingtab.cpp ui/listingtab.h
    ui/listingtableview.cpp ui/listingtableview.h
    ui/mainwindow.cpp ui/mainwindow.h
    ui/projectpicker.cpp ui/projectpicker.h
    ${CMAKE_SOURCE_DIR}/ui/connectiondialog.ui
    ${CMAKE_SOURCE_DIR}/ui/exportdialog.ui
    ${CMAKE_SOURCE_DIR}/resources/roster.qrc
)
