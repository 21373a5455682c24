#pragma once

#include "core/Result.h"
#include "domain/BusinessProfile.h"

#include <QDateTime>
#include <QString>

namespace custos::documents {

struct RecoverySheetData
{
    BusinessProfile business;
    QString ownerUsername;
    QString vaultId;
    QString vaultLocation;
    QString recoveryCode; // formatted for display
    QDateTime createdAt;
};

// The one-page recovery sheet the owner prints and locks away at setup.
QString recoverySheetHtml(const RecoverySheetData& data);
Result<void> writeRecoverySheet(const RecoverySheetData& data, const QString& pdfPath);

} // namespace custos::documents
