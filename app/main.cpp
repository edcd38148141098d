// Roster's entry point: `roster export ...` runs headless; anything else opens the window.
#include "cli/exportcommand.h"

#include <cstdio>
#include <cstring>

int main(int argc, char *argv[])
{
    if (argc > 1 && std::strcmp(argv[1], "export") == 0)
        return ExportCommand::run(argc, argv);
    std::fputs("roster: the window is not built in this branch; try “roster export --demo --project proj_roster_demo”.\n",
               stderr);
    return 1;
}
