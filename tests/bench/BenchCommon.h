// Small helpers shared by the benchmark programs: timing statistics, the bench vault's default
// password and file sizes. Header-only; benchmarks are programs, not a library.
#pragma once

#include "core/Result.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QString>
#include <QStringList>
#include <QTextStream>
#include <algorithm>
#include <cstdlib>
#include <vector>

namespace custos::bench {

// Standard output for the figures.
inline QTextStream& out()
{
    static QTextStream s(stdout);
    return s;
}

// A benchmark stops at the first failure, saying which step failed.
template <typename T>
T must(Result<T> r, const char* what)
{
    if (!r) {
        out() << "FAILED: " << what << ": " << r.errorMessage() << Qt::endl;
        std::exit(1);
    }
    return std::move(r.value());
}

inline void must(Result<void> r, const char* what)
{
    if (!r) {
        out() << "FAILED: " << what << ": " << r.errorMessage() << Qt::endl;
        std::exit(1);
    }
}

// The process's peak resident memory (VmHWM), e.g. "146148 kB".
inline QString peakMemory()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return QString::fromLatin1(line.mid(6).trimmed());
    return QStringLiteral("?");
}

// The bench vault is generated data with a published password, like the demo vault. Never
// put real data in it.
inline QString defaultPassword()
{
    return QStringLiteral("bench-Lantern-Harbor-Pebble-2026");
}

struct Stats
{
    double median = 0, p95 = 0, min = 0, max = 0, total = 0;
    std::size_t count = 0;
};

// Nearest-rank percentiles over the samples (milliseconds).
inline Stats stats(std::vector<double> v)
{
    Stats s;
    if (v.empty())
        return s;
    std::sort(v.begin(), v.end());
    const auto at = [&v](double q) {
        return v[std::min(v.size() - 1, static_cast<std::size_t>(q * double(v.size() - 1) + 0.5))];
    };
    s.median = at(0.5);
    s.p95 = at(0.95);
    s.min = v.front();
    s.max = v.back();
    for (double x : v)
        s.total += x;
    s.count = v.size();
    return s;
}

inline double msSince(const QElapsedTimer& t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

// Bytes of the vault's database and its WAL, if any.
inline qint64 vaultBytes(const QString& dir)
{
    qint64 bytes = 0;
    for (const QString& name : {QStringLiteral("custos.db"), QStringLiteral("custos.db-wal")})
        bytes += QFileInfo(QDir(dir).filePath(name)).size();
    return bytes;
}

inline QString mib(qint64 bytes)
{
    return QStringLiteral("%1 MiB").arg(double(bytes) / (1024.0 * 1024.0), 0, 'f', 1);
}

// The value after `--name` in `args`, or `fallback`.
inline QString option(const QStringList& args, const QString& name, const QString& fallback = {})
{
    const qsizetype i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
}

} // namespace custos::bench
