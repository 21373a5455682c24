#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <optional>

namespace custos {

// PCI DSS 7.2: need-to-know roles. Higher roles include what lower roles may do; the
// permission table itself lives in app/access.
enum class Role { Clerk, Manager, Owner };

QString roleToStorage(Role role);
std::optional<Role> roleFromStorage(const QString& text);
QString roleDisplayName(Role role); // translated

struct Employee
{
    qint64 id = 0;
    QString username;
    QString fullName;
    Role role = Role::Clerk;
    QString slotId;
    QByteArray identityPublicKey;
    bool active = true;
    bool mustChangePassword = false;
    QDateTime passwordChangedAt;
    QDateTime createdAt;
    std::optional<qint64> createdBy;
    QDateTime lastSignInAt;
};

// User names: 3-32 characters of letters, digits, '.', '-' and '_', starting with a letter.
// Returns an empty string when valid, else a translated reason.
QString validateUsername(const QString& username);

} // namespace custos
