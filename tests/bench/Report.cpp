// SPDX-License-Identifier: MIT
#include "Report.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {
QString number(double value)
{
    return QString::number(value, 'f', value >= 100 ? 0 : (value >= 10 ? 1 : 2));
}
} // namespace

void Report::add(const Figure& figure)
{
    for (Figure& existing : m_figures) {
        if (existing.key == figure.key) {
            existing = figure;
            return;
        }
    }
    m_figures.append(figure);
}

void Report::addContext(const QString& name, const QString& value)
{
    m_context.append({name, value});
}

QString Report::table() const
{
    QString out;
    out += u"%1  %2  %3  %4  %5  %6  %7\n"_s.arg(u"figure"_s, -52)
               .arg(u"median"_s, 9)
               .arg(u"min"_s, 9)
               .arg(u"max"_s, 9)
               .arg(u"target"_s, 9)
               .arg(u"runs"_s, 4)
               .arg(u"met"_s);
    for (const Figure& figure : m_figures) {
        const QString label = u"%1 (%2)"_s.arg(figure.label, figure.unit);
        if (!figure.hasSamples()) {
            out += u"%1  %2\n"_s.arg(label, -52).arg(u"skipped: "_s + figure.note);
            continue;
        }
        const QString target = figure.target > 0 ? u"<= "_s + number(figure.target) : u"-"_s;
        const QString met = figure.target > 0 ? (figure.meetsTarget() ? u"yes"_s : u"NO"_s) : u""_s;
        out += u"%1  %2  %3  %4  %5  %6  %7\n"_s.arg(label, -52)
                   .arg(number(figure.median()), 9)
                   .arg(number(figure.min()), 9)
                   .arg(number(figure.max()), 9)
                   .arg(target, 9)
                   .arg(figure.samples.size(), 4)
                   .arg(met);
        if (!figure.note.isEmpty())
            out += u"    note: "_s + figure.note + u'\n';
    }
    for (const auto& [name, value] : m_context)
        out += u"%1: %2\n"_s.arg(name, value);
    return out;
}

QByteArray Report::json() const
{
    QJsonObject root;
    QJsonObject details;
    for (const Figure& figure : m_figures) {
        QJsonObject entry;
        entry.insert("label"_L1, figure.label);
        entry.insert("unit"_L1, figure.unit);
        if (figure.target > 0)
            entry.insert("target"_L1, figure.target);
        if (!figure.note.isEmpty())
            entry.insert("note"_L1, figure.note);
        entry.insert("runs"_L1, int(figure.samples.size()));
        if (figure.hasSamples()) {
            root.insert(figure.key, figure.median());
            entry.insert("median"_L1, figure.median());
            entry.insert("min"_L1, figure.min());
            entry.insert("max"_L1, figure.max());
        } else {
            root.insert(figure.key, QJsonValue::Null);
        }
        details.insert(figure.key, entry);
    }
    QJsonObject context;
    for (const auto& [name, value] : m_context)
        context.insert(name, value);
    root.insert("figures"_L1, details);
    root.insert("context"_L1, context);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}
