// A backup file as read when backups are listed or a restore starts: BackupFile::open on
// arbitrary bytes (magic, format, the length-prefixed header JSON, keyring and sealed summary,
// the database length and the file size it implies). No password is tried: unlocking runs
// scrypt and checks the MAC over the whole file, which a fuzzer cannot get past anyway.
//
// Properties: an opened backup has a vault id and a valid creation time; readHeader() gives
// the same header; a backup listing of the scratch folder holds the file exactly when it
// opens (and then with that header); a refusal always says why.

#include "FuzzSupport.h"
#include "vault/Backup.h"

#include <QFile>
#include <QTemporaryDir>

using namespace custos;

namespace {

QTemporaryDir& scratch()
{
    static QTemporaryDir dir(fuzz::scratchTemplate());
    return dir;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    // Named as createBackup names its files, so listBackups() looks at it.
    const QString path = scratch().filePath(QStringLiteral("custos-backup-fuzz-20260101-000000.cbk"));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            fuzz::broken("cannot write the scratch file");
        if (file.write(fuzz::bytes(data, size)) != qint64(size))
            fuzz::broken("cannot write the scratch file");
    }
    auto opened = backup::BackupFile::open(path);
    auto header = backup::readHeader(path);
    if (!opened) {
        CUSTOS_FUZZ_EXPECT(!opened.error().message.isEmpty());
        CUSTOS_FUZZ_EXPECT(opened.error().code == Errc::Corrupt || opened.error().code == Errc::Invalid);
        CUSTOS_FUZZ_EXPECT(!header);
        return 0;
    }
    const backup::Header& h = opened.value()->header();
    CUSTOS_FUZZ_EXPECT(!h.vaultId.isEmpty());
    CUSTOS_FUZZ_EXPECT(h.createdAt.isValid());
    CUSTOS_FUZZ_EXPECT_MSG(header, header.error().message);
    CUSTOS_FUZZ_EXPECT(header->vaultId == h.vaultId);
    CUSTOS_FUZZ_EXPECT(header->business == h.business);
    CUSTOS_FUZZ_EXPECT(header->createdAt == h.createdAt);

    const auto listed = backup::listBackups(scratch().path(), h.vaultId);
    CUSTOS_FUZZ_EXPECT(listed.size() == 1);
    CUSTOS_FUZZ_EXPECT(listed.constFirst().second.createdAt == h.createdAt);
    return 0;
}
