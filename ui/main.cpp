#include "app/Application.h"

int main(int argc, char* argv[])
{
    return custos::ui::runApplication(argc, argv);
}
