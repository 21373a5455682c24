// The audit viewer, driven by its widgets: an owner filters by employee and action, verifies
// the chain (green banner, a new signed checkpoint), then a row is edited behind Custos's back
// and Verify names it (red banner, the row selected). Older events load as the table scrolls.
// A manager sees only their own and the clerks' events; a clerk gets a refusal.
#include "audit/AuditCheckpoints.h"
#include "audit/AuditFilterBar.h"
#include "audit/AuditPage.h"
#include "main/AuditTableModel.h"
#include "vault/RecoveryCode.h"
#include "vault/Session.h"
#include "vault/Vault.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace Qt::StringLiterals;
using custos::AuditEvent;
using custos::ui::AuditPage;
using custos::ui::AuditTableModel;

namespace {

const QString kOwnerPassword = u"tidal-Marble-orchard-58"_s;
const QString kManagerPassword = u"Quartz-Meadow-Falcon-71"_s;
const QString kClerkPassword = u"Copper-Willow-Glacier-46"_s;

custos::crypto::SecureBytes pw(const QString& s)
{
    return custos::crypto::SecureBytes::fromUtf8(s);
}

QList<AuditEvent> rows(AuditTableModel* model)
{
    QList<AuditEvent> out;
    for (int row = 0; row < model->rowCount(); ++row)
        out << model->event(row);
    return out;
}

} // namespace

class TstGuiAudit : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void ownerFiltersAndVerifies();
    void olderEventsLoadOnScroll();
    void managerSeesOwnAndClerksEvents();
    void clerkIsRefused();

private:
    template <typename T>
    static T* in(QWidget* parent, const QString& name)
    {
        T* w = parent->findChild<T*>(name);
        if (!w)
            qWarning("no child %s", qPrintable(name));
        return w;
    }
    std::unique_ptr<custos::Session> signIn(const QString& user, const QString& password);
    // Screenshots next to the test binary, to look at the page (kept small: two per run).
    static void saveGrab(QWidget* widget, const QString& name);
    qint64 addEmployee(const QString& user, const QString& name, custos::Role role, const QString& password);

    QTemporaryDir m_dir;
    custos::ManualClock m_clock{QDateTime(QDate(2026, 11, 30), QTime(9, 0), Qt::UTC)};
    std::unique_ptr<custos::Vault> m_vault;
    std::unique_ptr<custos::Session> m_owner;
    qint64 m_managerId = 0;
    qint64 m_clerkId = 0;
};

void TstGuiAudit::saveGrab(QWidget* widget, const QString& name)
{
    QTest::qWait(30);
    const QString path = QCoreApplication::applicationDirPath() + u"/tst_gui_audit-"_s + name + u".png"_s;
    QVERIFY2(widget->grab().save(path), qPrintable(path));
}

std::unique_ptr<custos::Session> TstGuiAudit::signIn(const QString& user, const QString& password)
{
    auto s = m_vault->signIn(user, pw(password));
    if (!s) {
        qWarning("%s", qPrintable(s.errorMessage()));
        return nullptr;
    }
    return std::move(s.value());
}

qint64 TstGuiAudit::addEmployee(const QString& user, const QString& name, custos::Role role, const QString& password)
{
    custos::NewVaultAccount a;
    a.username = user;
    a.fullName = name;
    a.role = role;
    a.password = pw(password);
    a.mustChangePassword = false;
    auto added = m_vault->addEmployee(*m_owner, a);
    if (!added) {
        qWarning("%s", qPrintable(added.errorMessage()));
        return 0;
    }
    auto s = signIn(user, password);
    return s ? s->employee().id : 0;
}

void TstGuiAudit::initTestCase()
{
    QVERIFY(m_dir.isValid());
    custos::BusinessProfile p;
    p.legalName = u"Quayside Stationers Ltd."_s;
    p.phone = u"+44 20 7946 0000"_s;
    custos::NewVaultAccount owner;
    owner.username = u"olivia"_s;
    owner.fullName = u"Olivia Owner"_s;
    owner.password = pw(kOwnerPassword);
    owner.role = custos::Role::Owner;
    owner.mustChangePassword = false;
    auto v = custos::Vault::create(m_dir.filePath(u"vault"_s), p, owner, custos::recovery::generateCode().value(), {},
                                   m_clock);
    QVERIFY2(v.ok(), qPrintable(v.errorMessage()));
    m_vault = std::move(v.value());
    m_owner = signIn(u"olivia"_s, kOwnerPassword);
    QVERIFY(m_owner);
    m_managerId = addEmployee(u"mara"_s, u"Mara Manager"_s, custos::Role::Manager, kManagerPassword);
    m_clerkId = addEmployee(u"cleo"_s, u"Cleo Clerk"_s, custos::Role::Clerk, kClerkPassword);
    QVERIFY(m_managerId > 0 && m_clerkId > 0);
    auto clerk = signIn(u"cleo"_s, kClerkPassword);
    QVERIFY(clerk);
    QVERIFY(clerk->recordEvent(custos::audit::kCardCopied, u"order:2026-0001"_s).ok());
    QVERIFY(clerk->recordEvent(custos::audit::kCardRevealed, u"order:2026-0001"_s, custos::audit::kDenied).ok());
    QVERIFY(m_owner->recordEvent(custos::audit::kCardRevealed, u"order:2026-0002"_s).ok());
}

void TstGuiAudit::ownerFiltersAndVerifies()
{
    AuditPage page(*m_owner);
    page.resize(1100, 600);
    QVERIFY(page.isAvailable());
    page.show();
    AuditTableModel* model = page.model();
    QTRY_VERIFY(model->rowCount() > 5);
    // Opening the page was recorded, and is the newest event shown.
    QCOMPARE(model->event(0).action, custos::audit::kAuditRead);
    QCOMPARE(model->event(0).actorName, u"olivia"_s);
    QCOMPARE(model->index(0, AuditTableModel::ActionColumn).data().toString(), u"Audit log reading"_s);

    // Employee: the clerk only.
    auto* employee = in<QComboBox>(&page, u"auditEmployeeFilter"_s);
    QVERIFY(employee);
    QCOMPARE(employee->count(), 4); // everyone, cleo, mara, olivia
    employee->setCurrentIndex(employee->findData(m_clerkId));
    QTRY_VERIFY(!rows(model).isEmpty() && rows(model).constLast().actorName == u"cleo"_s);
    for (const AuditEvent& e : rows(model))
        QCOMPARE(e.actorName, u"cleo"_s);

    // Action group: card numbers, still the clerk's only.
    auto* action = in<QComboBox>(&page, u"auditActionFilter"_s);
    QVERIFY(action);
    action->setCurrentIndex(action->findData(u"card."_s));
    QTRY_COMPARE(model->rowCount(), 2);
    for (const AuditEvent& e : rows(model)) {
        QVERIFY(e.action.startsWith(u"card."_s));
        QCOMPARE(e.actorName, u"cleo"_s);
    }
    // Outcome on top: the denied reveal.
    auto* outcome = in<QComboBox>(&page, u"auditOutcomeFilter"_s);
    outcome->setCurrentIndex(outcome->findData(custos::audit::kDenied));
    QTRY_COMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, AuditTableModel::ActionColumn).data().toString(), u"Card number reveal"_s);

    // A day range that ends before today matches nothing; Reset brings everything back.
    auto* toEnabled = in<QCheckBox>(&page, u"auditToEnabled"_s);
    auto* to = in<QDateEdit>(&page, u"auditToDate"_s);
    toEnabled->setChecked(true);
    to->setDate(model->event(0).at.toLocalTime().date().addDays(-1));
    QTRY_COMPARE(model->rowCount(), 0);
    QTest::mouseClick(in<QPushButton>(&page, u"auditResetFilters"_s), Qt::LeftButton);
    QTRY_VERIFY(model->rowCount() > 5);
    QCOMPARE(employee->currentIndex(), 0);
    QVERIFY(!toEnabled->isChecked());

    // Verify: intact, and an owner's verification signs a checkpoint.
    auto* banner = in<QLabel>(&page, u"auditVerifyBanner"_s);
    QVERIFY(banner && !banner->isVisible());
    QTest::mouseClick(in<QPushButton>(&page, u"auditVerifyButton"_s), Qt::LeftButton);
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->property("intact").toBool(), qPrintable(banner->text()));
    QVERIFY2(banner->text().contains(u"Audit chain intact"_s), qPrintable(banner->text()));
    QVERIFY2(banner->text().contains(u"Your new checkpoint covers event"_s), qPrintable(banner->text()));
    QCOMPARE(model->event(0).action, custos::audit::kAuditCheckpoint);
    QCOMPARE(model->event(1).action, custos::audit::kAuditVerify);
    saveGrab(&page, u"intact"_s);

    // Someone with the database key edits the clerk's copy event.
    const auto copies = m_owner->auditLog().recent([] {
        custos::AuditQuery q;
        q.action = custos::audit::kCardCopied;
        return q;
    }());
    QVERIFY(copies.ok() && copies->size() == 1);
    const qint64 tampered = copies->first().seq;
    QVERIFY(m_owner->database()
                .exec(u"UPDATE audit_events SET target = 'order:2026-0999' WHERE seq = %1"_s.arg(tampered))
                .ok());
    QTest::mouseClick(in<QPushButton>(&page, u"auditVerifyButton"_s), Qt::LeftButton);
    QVERIFY(!banner->property("intact").toBool());
    QVERIFY2(banner->text().contains(u"Audit chain broken"_s), qPrintable(banner->text()));
    QVERIFY2(banner->text().contains(u"Event %1 (card.copied by cleo at "_s.arg(tampered)), qPrintable(banner->text()));
    // The bad row is selected (and marked).
    auto* table = in<QTableView>(&page, u"auditTable"_s);
    const QModelIndexList selected = table->selectionModel()->selectedRows();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(model->event(selected.first().row()).seq, tampered);
    QVERIFY(model->index(selected.first().row(), AuditTableModel::WhoColumn).data(Qt::BackgroundRole).isValid());
    // The failed verification is itself in the log, and no checkpoint vouches for the broken chain.
    QCOMPARE(model->event(0).action, custos::audit::kAuditVerify);
    QCOMPARE(model->event(0).outcome, custos::audit::kFailure);
    saveGrab(&page, u"broken"_s);

    // Put it back for the tests that follow.
    QVERIFY(m_owner->database()
                .exec(u"UPDATE audit_events SET target = 'order:2026-0001' WHERE seq = %1"_s.arg(tampered))
                .ok());
    QVERIFY(m_owner->auditLog().verify()->intact);
}

void TstGuiAudit::olderEventsLoadOnScroll()
{
    for (int i = 0; i < AuditPage::kPageSize * 2; ++i)
        QVERIFY(m_owner->recordEvent(u"test.bulk"_s, QString::number(i)).ok());
    AuditPage page(*m_owner);
    page.resize(1000, 500);
    page.show();
    AuditTableModel* model = page.model();
    QTRY_COMPARE(model->rowCount(), AuditPage::kPageSize);
    QVERIFY(model->canFetchMore({}));
    QVERIFY(in<QLabel>(&page, u"auditStatusLabel"_s)->text().contains(u"scroll down"_s));
    auto* table = in<QTableView>(&page, u"auditTable"_s);
    table->setFocus();
    for (int i = 0; i < 3 && model->rowCount() < AuditPage::kPageSize * 2; ++i) {
        table->verticalScrollBar()->setValue(table->verticalScrollBar()->maximum());
        QTest::qWait(50);
    }
    QTRY_VERIFY(model->rowCount() >= AuditPage::kPageSize * 2);
    // Newest first, no event twice.
    for (int row = 1; row < model->rowCount(); ++row)
        QVERIFY(model->event(row).seq < model->event(row - 1).seq);
}

void TstGuiAudit::managerSeesOwnAndClerksEvents()
{
    auto manager = signIn(u"mara"_s, kManagerPassword);
    QVERIFY(manager);
    AuditPage page(*manager);
    page.show();
    AuditTableModel* model = page.model();
    QTRY_VERIFY(model->rowCount() > 0);
    while (model->canFetchMore({}))
        model->fetchMore({});
    QSet<QString> who;
    for (const AuditEvent& e : rows(model))
        who.insert(e.actorName);
    QCOMPARE(who, (QSet<QString>{u"mara"_s, u"cleo"_s}));
    auto* employee = in<QComboBox>(&page, u"auditEmployeeFilter"_s);
    QCOMPARE(employee->count(), 3); // everyone, cleo, mara
    QCOMPARE(employee->findData(m_owner->employee().id), -1);
    QVERIFY(in<QLabel>(&page, u"auditScopeLabel"_s)->text().contains(u"clerks"_s));

    // A manager may verify; only owners sign checkpoints.
    QTest::mouseClick(in<QPushButton>(&page, u"auditVerifyButton"_s), Qt::LeftButton);
    auto* banner = in<QLabel>(&page, u"auditVerifyBanner"_s);
    QVERIFY2(banner->property("intact").toBool(), qPrintable(banner->text()));
    QVERIFY(!banner->text().contains(u"Your new checkpoint"_s));
}

void TstGuiAudit::clerkIsRefused()
{
    auto clerk = signIn(u"cleo"_s, kClerkPassword);
    QVERIFY(clerk);
    AuditPage page(*clerk);
    QVERIFY(!page.isAvailable());
    page.show();
    QVERIFY(page.findChild<QLabel*>(u"auditRefusal"_s));
    QVERIFY(!page.findChild<QTableView*>(u"auditTable"_s));
    QVERIFY(!page.findChild<QPushButton*>(u"auditVerifyButton"_s));
    custos::AuditQuery last;
    last.limit = 1;
    const auto newest = m_owner->auditLog().recent(last);
    QCOMPARE(newest->first().action, custos::audit::kAuditRead);
    QCOMPARE(newest->first().outcome, custos::audit::kDenied);
    QCOMPARE(newest->first().actorName, u"cleo"_s);
}

QTEST_MAIN(TstGuiAudit)
#include "tst_gui_audit.moc"
