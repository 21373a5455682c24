#include "vault/VaultLocation.h"

#include "vault/Vault.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace custos::vaultlocation {

namespace {
const QString kKey = QStringLiteral("vault/folder");

QString comparable(const QString& dir)
{
    const QFileInfo info(dir);
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? QDir::cleanPath(info.absoluteFilePath()) : canonical;
}
} // namespace

QString settingsFile()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + QStringLiteral("/vault-location.ini");
}

QString remembered()
{
    const QSettings settings(settingsFile(), QSettings::IniFormat);
    return settings.value(kKey).toString();
}

Result<void> remember(const QString& dir)
{
    const bool isDefault = dir.isEmpty() || comparable(dir) == comparable(Vault::defaultLocation());
    if (isDefault && remembered().isEmpty())
        return success(); // nothing to forget: no settings file is made for the default
    if (!QDir().mkpath(QFileInfo(settingsFile()).absolutePath()))
        return Error{QCoreApplication::translate("VaultLocation", "Custos could not create its settings folder %1.")
                         .arg(QDir::toNativeSeparators(QFileInfo(settingsFile()).absolutePath())),
                     Errc::Io};
    QSettings settings(settingsFile(), QSettings::IniFormat);
    if (isDefault)
        settings.remove(kKey);
    else
        settings.setValue(kKey, QDir::cleanPath(QFileInfo(dir).absoluteFilePath()));
    settings.sync();
    if (settings.status() != QSettings::NoError)
        return Error{QCoreApplication::translate("VaultLocation", "Custos could not save where its vault is, in %1.")
                         .arg(QDir::toNativeSeparators(settingsFile())),
                     Errc::Io};
    return success();
}

QString atStart()
{
    const QString dir = remembered();
    return dir.isEmpty() ? Vault::defaultLocation() : dir;
}

} // namespace custos::vaultlocation
