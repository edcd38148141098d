# SPDX-License-Identifier: GPL-3.0-or-later
# `cpack -G DEB` (bash scripts/dev.sh package): a Debian package of what `cmake --install` puts in
# place. Its Depends line comes from dpkg-shlibdeps reading the installed binaries, so it names
# exactly the Qt libraries Roster links, at the versions it was built against.
set(CPACK_PACKAGE_NAME roster)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "The Roster developers")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "browse who has access to an OpenAI project")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://github.com/roster/roster")
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_GENERATOR DEB)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "The Roster developers <roster@users.noreply.github.com>")
# The window draws through a platform plugin and the icon is an SVG; neither is a linked library,
# so dpkg-shlibdeps cannot see them.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-qpa-plugins, libqt6svg6, qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
"Roster reads the OpenAI Admin API and shows who has access to a project,
its users and its groups, in fast paged tables. Every column filters and
sorts; the rows you pick export to CSV, also headless with `roster export`.
The package also holds roster-demo-server, a local server that speaks the
Admin API's list operations over made-up data.")
include(CPack)
