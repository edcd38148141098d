# SPDX-License-Identifier: GPL-3.0-or-later
# cmake -D DESKTOP_FILE_VALIDATE=... -D APPSTREAMCLI=... -D DESKTOP_FILE=... -D METAINFO_FILE=...
#       -D MAIN_SOURCE=... -P checkdesktopfiles.cmake
set(failures "")

execute_process(COMMAND ${DESKTOP_FILE_VALIDATE} ${DESKTOP_FILE}
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
# desktop-file-validate exits 0 on hints too; anything it prints is a finding.
if(NOT rc EQUAL 0 OR NOT "${out}${err}" STREQUAL "")
    list(APPEND failures "desktop-file-validate ${DESKTOP_FILE}:\n${out}${err}")
endif()

execute_process(COMMAND ${APPSTREAMCLI} validate --pedantic --no-net --no-color ${METAINFO_FILE}
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
# --pedantic reports pedantic findings but still exits 0 for them: fail on any finding line.
if(NOT rc EQUAL 0 OR "${out}" MATCHES "\n?[EWIP]: ")
    list(APPEND failures "appstreamcli validate --pedantic ${METAINFO_FILE}:\n${out}${err}")
endif()

# The window tells the desktop which entry it belongs to; a mismatch loses its icon and name
# in the task bar on Wayland.
get_filename_component(desktop_id ${DESKTOP_FILE} NAME_WLE)
file(READ ${MAIN_SOURCE} main)
if(NOT main MATCHES "setDesktopFileName\\(QStringLiteral\\(\"${desktop_id}\"\\)\\)")
    list(APPEND failures "${MAIN_SOURCE} does not call setDesktopFileName(\"${desktop_id}\")")
endif()
file(READ ${METAINFO_FILE} metainfo)
if(NOT metainfo MATCHES "<launchable type=\"desktop-id\">${desktop_id}.desktop</launchable>"
   OR NOT metainfo MATCHES "<id>${desktop_id}</id>")
    list(APPEND failures "${METAINFO_FILE}: its id or launchable is not ${desktop_id}")
endif()

if(failures)
    string(REPLACE ";" "\n" failures "${failures}")
    message(FATAL_ERROR "${failures}")
endif()
message(STATUS "${DESKTOP_FILE} and ${METAINFO_FILE} pass")
