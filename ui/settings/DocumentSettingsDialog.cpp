#include "settings/DocumentSettingsDialog.h"

#include "access/Staff.h"
#include "common/Messages.h"
#include "documents/DocumentSettings.h"
#include "setup/FormStyle.h"
#include "vault/Session.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPixmap>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace custos::ui {

std::optional<QString> DocumentSettingsDialog::nextLogoPath;

DocumentSettingsDialog::DocumentSettingsDialog(custos::Session& session, QWidget* parent)
    : QDialog(parent), m_session(session)
{
    setObjectName(u"documentSettingsDialog"_s);
    setWindowTitle(tr("Documents"));

    auto actor = access::loadActor(session);
    m_canEdit = actor.ok() && access::decide(actor.value(), access::Permission::ManageSettings).allowed;
    m_error = makeInlineError(this, u"documentSettingsError"_s);
    if (auto loaded = documents::loadDocumentSettings(session.database()); loaded.ok()) {
        m_savedSize = loaded->pageSize;
        m_savedLogo = loaded->logoPng;
    } else {
        showInlineError(m_error, loaded.errorMessage());
    }
    m_logo = m_savedLogo;

    m_paper = new QComboBox(this);
    m_paper->setObjectName(u"paperSizeCombo"_s);
    for (QPageSize::PageSizeId size : {QPageSize::A4, QPageSize::Letter})
        m_paper->addItem(documents::pageSizeDisplayName(size), int(size));
    m_paper->setCurrentIndex(m_paper->findData(int(m_savedSize)));
    m_paper->setEnabled(m_canEdit);

    m_logoPreview = new QLabel(this);
    m_logoPreview->setObjectName(u"logoPreview"_s);
    m_logoPreview->setAlignment(Qt::AlignCenter);
    m_logoPreview->setMinimumSize(320, 130);
    m_logoPreview->setFrameShape(QFrame::StyledPanel);
    m_logoPreview->setStyleSheet(u"#logoPreview { background: #ffffff; }"_s);
    m_choose = new QPushButton(tr("&Choose…"), this);
    m_choose->setObjectName(u"chooseLogoButton"_s);
    m_choose->setEnabled(m_canEdit);
    m_remove = new QPushButton(tr("&Remove"), this);
    m_remove->setObjectName(u"removeLogoButton"_s);
    connect(m_choose, &QPushButton::clicked, this, &DocumentSettingsDialog::chooseLogo);
    connect(m_remove, &QPushButton::clicked, this, &DocumentSettingsDialog::removeLogo);
    auto* logoButtons = new QVBoxLayout;
    logoButtons->addWidget(m_choose);
    logoButtons->addWidget(m_remove);
    logoButtons->addStretch(1);
    auto* logoRow = new QHBoxLayout;
    logoRow->addWidget(m_logoPreview, 1);
    logoRow->addLayout(logoButtons);

    auto* form = new QFormLayout;
    form->addRow(tr("&Paper size"), m_paper);
    auto* logoLabel = new QLabel(tr("Logo"), this);
    form->addRow(logoLabel, logoRow);
    form->addRow(QString(), makeHint(tr("Printed at the top of order forms and confirmations. PNG or JPEG, at most "
                                        "1 MB; large images are scaled down to %1 pixels wide. A simple black logo "
                                        "faxes best.")
                                         .arg(documents::kMaxLogoWidth),
                                     this, u"logoHint"_s));

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(u"documentSettingsSaveButton"_s);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(m_canEdit);
    m_buttons->button(QDialogButtonBox::Save)->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &DocumentSettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &DocumentSettingsDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 14, 18, 14);
    if (!m_canEdit)
        layout->addWidget(makeHint(tr("Only an owner can change the document settings."), this, u"readOnlyHint"_s));
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    showLogo();
    m_paper->setFocus(Qt::OtherFocusReason);
}

void DocumentSettingsDialog::showLogo()
{
    QPixmap pixmap;
    if (!m_logo.isEmpty() && pixmap.loadFromData(m_logo, "PNG")) {
        m_logoPreview->setPixmap(pixmap.scaled(QSize(300, 120), Qt::KeepAspectRatio, Qt::SmoothTransformation));
    } else {
        m_logoPreview->setPixmap(QPixmap());
        m_logoPreview->setText(tr("No logo"));
    }
    m_remove->setEnabled(m_canEdit && !m_logo.isEmpty());
}

bool DocumentSettingsDialog::chooseLogo()
{
    if (!m_canEdit)
        return false;
    QString path;
    if (nextLogoPath) {
        path = *nextLogoPath;
        nextLogoPath.reset();
    } else {
        path = QFileDialog::getOpenFileName(this, tr("Choose a logo"),
                                            QStandardPaths::writableLocation(QStandardPaths::PicturesLocation),
                                            tr("Images (*.png *.jpg *.jpeg *.bmp *.gif)"));
        if (path.isEmpty())
            return false;
    }
    auto logo = documents::prepareLogoFile(path);
    if (!logo) {
        showInlineError(m_error, logo.errorMessage());
        return false;
    }
    showInlineError(m_error, QString());
    m_logo = logo.value();
    showLogo();
    return true;
}

void DocumentSettingsDialog::removeLogo()
{
    m_logo.clear();
    showLogo();
    m_choose->setFocus(Qt::OtherFocusReason);
}

bool DocumentSettingsDialog::isModified() const
{
    return m_logo != m_savedLogo || QPageSize::PageSizeId(m_paper->currentData().toInt()) != m_savedSize;
}

void DocumentSettingsDialog::accept()
{
    if (!m_canEdit)
        return;
    documents::DocumentSettings settings;
    settings.pageSize = QPageSize::PageSizeId(m_paper->currentData().toInt());
    settings.logoPng = m_logo;
    auto saved = documents::saveDocumentSettings(m_session, settings);
    if (!saved) {
        showInlineError(m_error, saved.errorMessage());
        return;
    }
    m_savedSize = settings.pageSize;
    m_savedLogo = m_logo;
    QDialog::accept();
}

void DocumentSettingsDialog::reject()
{
    if (isModified() && !Messages::confirm(this, tr("Discard changes?"),
                                           tr("The document settings have unsaved changes. Close without saving "
                                              "them?"),
                                           tr("&Discard changes")))
        return;
    QDialog::reject();
}

} // namespace custos::ui
