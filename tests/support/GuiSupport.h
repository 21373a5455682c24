#pragma once

// Helpers for GUI tests (QT_QPA_PLATFORM=offscreen): find dialogs, and press keys and type into
// whatever has the keyboard focus, as a user would. Include with TestSupport.h.

#include "app/AppController.h"
#include "common/Messages.h"

#include <QApplication>
#include <QDialog>
#include <QLineEdit>
#include <QString>
#include <QTest>
#include <QWidget>
#include <memory>

namespace custos::test {

// ---- widgets -------------------------------------------------------------------------------------
// A visible top-level widget by objectName.
inline QWidget* topLevel(const QString& objectName)
{
    const auto windows = QApplication::topLevelWidgets();
    for (QWidget* w : windows)
        if (w->objectName() == objectName && w->isVisible())
            return w;
    return nullptr;
}

// Waits for a top-level (a dialog) to show and to take the keyboard.
inline QWidget* waitForTopLevel(const QString& objectName, int timeoutMs = 2000)
{
    QWidget* found = nullptr;
    if (!QTest::qWaitFor([&] { return (found = topLevel(objectName)) != nullptr; }, timeoutMs))
        return nullptr;
    if (!QTest::qWaitFor([found] { return QApplication::activeWindow() == found; }, timeoutMs))
        qWarning("%s is shown but not active", qPrintable(objectName));
    return found;
}

// For cleanup(): rejects every dialog a failed test left open and forgets a prepared answer.
inline void closeLeftoverDialogs()
{
    const auto windows = QApplication::topLevelWidgets();
    for (QWidget* w : windows)
        if (auto* dialog = qobject_cast<QDialog*>(w); dialog && dialog->isVisible())
            dialog->reject();
    ui::Messages::nextAnswer.reset();
}

// For cleanupTestCase(): ends the session as quitting would, then destroys the controller.
inline void shutDown(std::unique_ptr<ui::AppController>& controller)
{
    if (controller)
        controller->shutdown();
    controller.reset();
}

inline QString focusName()
{
    QWidget* w = QApplication::focusWidget();
    return w ? w->objectName() : QString();
}

// Key presses and typing go to whatever has the keyboard focus, as a user's would.
inline bool press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget* target = QApplication::focusWidget();
    if (!target)
        return false;
    QTest::keyClick(target, Qt::Key(key), modifiers);
    return true;
}

inline bool type(const QString& text)
{
    QWidget* target = QApplication::focusWidget();
    if (!target)
        return false;
    QTest::keyClicks(target, text);
    return true;
}

// Types a user name and a password into the window's sign-in fields by keyboard, each ended
// with Return, as a person signs in. False when the window shows no sign-in fields.
inline bool typeSignIn(QWidget* window, const QString& user, const QString& password)
{
    auto* userEdit = window->findChild<QLineEdit*>(QStringLiteral("usernameEdit"));
    auto* passwordEdit = window->findChild<QLineEdit*>(QStringLiteral("passwordEdit"));
    if (!userEdit || !passwordEdit)
        return false;
    userEdit->clear();
    QTest::keyClicks(userEdit, user);
    QTest::keyClick(userEdit, Qt::Key_Return);
    QTest::keyClicks(passwordEdit, password);
    QTest::keyClick(passwordEdit, Qt::Key_Return);
    return true;
}

} // namespace custos::test
