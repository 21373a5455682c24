#pragma once

#include <QApplication>

namespace custos::ui {

// Shows the wait cursor for the lifetime of the object (scrypt and vault creation take a moment).
class WaitCursor
{
public:
    WaitCursor() { QApplication::setOverrideCursor(Qt::WaitCursor); }
    ~WaitCursor() { QApplication::restoreOverrideCursor(); }
    WaitCursor(const WaitCursor&) = delete;
    WaitCursor& operator=(const WaitCursor&) = delete;
};

} // namespace custos::ui
