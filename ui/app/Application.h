#pragma once

namespace custos::ui {

// The whole GUI program: application setup, command line, translations, then the AppController.
int runApplication(int argc, char* argv[]);

} // namespace custos::ui
