// SPDX-License-Identifier: GPL-3.0-or-later
// Filtering and sorting loaded rows of text with accents, CJK, nulls and unknown roles.
#include "modeltestsupport.h"
#include "models/projectusersmodel.h"
#include "models/tablefilterproxymodel.h"

class TestTableFilterProxyModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup();

    void substringFilterIsCaseInsensitiveOverAccentsAndCjk();
    void regexFilterWorksAndAnInvalidOneHidesNothing();
    void roleFilterKeepsOwnersMembersOrOthers();
    void sortByNameIsLocaleAwareWithNullsLast_data();
    void sortByNameIsLocaleAwareWithNullsLast();
    void sortByAddedIsNumeric();
};

// The text-cases project (accents, CJK, nulls), loaded whole, behind the proxy.
struct LoadedTextCases
{
    LocalApi api;
    ProjectUsersModel users{api.client.get()};
    TableFilterProxyModel proxy;

    bool load()
    {
        addTextProject(*api.server);
        users.setProjectId(TextProject);
        if (!loadAllAndWait(users))
            return false;
        proxy.setSourceModel(&users);
        return true;
    }
};

// Sorting tests set a default locale; the next test starts from the system one again.
void TestTableFilterProxyModel::cleanup()
{
    QLocale::setDefault(QLocale::system());
}

void TestTableFilterProxyModel::substringFilterIsCaseInsensitiveOverAccentsAndCjk()
{
    LoadedTextCases table;
    QVERIFY(table.load());
    TableFilterProxyModel &proxy = table.proxy;

    proxy.setFilterText(QStringLiteral("zoë"));
    QCOMPARE(columnValues(proxy, ProjectUsersModel::NameColumn), QStringList{QStringLiteral("Zoë Zimmermann")});
    proxy.setFilterText(QStringLiteral("ZOË"));
    QCOMPARE(proxy.rowCount(), 1);
    // An accent is a different letter for a substring search: "zoe" is not "zoë".
    proxy.setFilterText(QStringLiteral("zoe"));
    QCOMPARE(proxy.rowCount(), 0);
    proxy.setFilterText(QStringLiteral("ångström"));
    QCOMPARE(columnValues(proxy, ProjectUsersModel::NameColumn), QStringList{QStringLiteral("Ångström Åke")});
    proxy.setFilterText(QStringLiteral("明"));
    QCOMPARE(columnValues(proxy, ProjectUsersModel::NameColumn), QStringList{QStringLiteral("李 明")});
    proxy.setFilterText(QStringLiteral("さくら"));
    QCOMPARE(columnValues(proxy, ProjectUsersModel::NameColumn), QStringList{QStringLiteral("田中 さくら")});
    QVERIFY(proxy.isFiltering());
    QVERIFY(proxy.isSourceComplete());
    proxy.setFilterText({});
    QCOMPARE(proxy.rowCount(), 10);
}

void TestTableFilterProxyModel::regexFilterWorksAndAnInvalidOneHidesNothing()
{
    LoadedTextCases table;
    QVERIFY(table.load());
    TableFilterProxyModel &proxy = table.proxy;
    ProjectUsersModel &users = table.users;
    proxy.setFilterSyntax(TableFilterProxyModel::Syntax::RegularExpression);

    proxy.setFilterText(QStringLiteral("^(å|z)"));
    QVERIFY(proxy.patternError().isEmpty());
    QStringList names = columnValues(proxy, ProjectUsersModel::NameColumn);
    names.sort();
    QCOMPARE(names, (QStringList{QStringLiteral("Zed Last"), QStringLiteral("Zoë Zimmermann"),
                                 QStringLiteral("Ångström Åke")}));

    proxy.setFilterText(QStringLiteral("(unclosed"));
    QVERIFY(!proxy.patternError().isEmpty());
    QVERIFY(!proxy.isFiltering());
    QCOMPARE(proxy.rowCount(), users.rowCount());

    proxy.setFilterSyntax(TableFilterProxyModel::Syntax::Wildcard);
    QVERIFY(proxy.patternError().isEmpty());
    proxy.setFilterText(QStringLiteral("*str?m *"));
    names = columnValues(proxy, ProjectUsersModel::NameColumn);
    names.sort();
    QCOMPARE(names, (QStringList{QStringLiteral("Angstrom Anna"), QStringLiteral("Ångström Åke")}));
}

void TestTableFilterProxyModel::roleFilterKeepsOwnersMembersOrOthers()
{
    LoadedTextCases table;
    QVERIFY(table.load());
    TableFilterProxyModel &proxy = table.proxy;
    const QString owner = QStringLiteral("owner");
    const QString member = QStringLiteral("member");

    proxy.setCategoryFilter({owner});
    QCOMPARE(proxy.rowCount(), 3);
    const QStringList owners = columnValues(proxy, ProjectUsersModel::RoleColumn);
    QCOMPARE(owners.count(owner), 3);
    proxy.setCategoryFilter({member});
    QCOMPARE(proxy.rowCount(), 5);
    proxy.setCategoryFilter({owner, member}, true);
    QStringList others = columnValues(proxy, ProjectUsersModel::RoleColumn);
    others.sort();
    QCOMPARE(others, (QStringList{QStringLiteral("billing"), QStringLiteral("reader")}));
    // Unknown roles are shown as they came.
    QCOMPARE(columnValues(proxy, ProjectUsersModel::RoleColumn, Qt::DisplayRole).size(), 2);
    QVERIFY(columnValues(proxy, ProjectUsersModel::RoleColumn, Qt::DisplayRole).contains(QStringLiteral("reader")));
    // The category and the text filter combine.
    proxy.setCategoryFilter({owner});
    proxy.setFilterText(QStringLiteral("田中"));
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setFilterText({});
    proxy.setCategoryFilter({});
    QVERIFY(!proxy.isFiltering());
    QCOMPARE(proxy.rowCount(), 10);
}

void TestTableFilterProxyModel::sortByNameIsLocaleAwareWithNullsLast_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<bool>("ringAfterZ");
    // English collation is CLDR's root order: Å sorts with A, case does not split the alphabet.
    QTest::newRow("en_US") << QLocale(QLocale::English, QLocale::UnitedStates) << false;
    // The C locale (LANG=C.UTF-8) states no language: the same root order, not code points.
    QTest::newRow("C") << QLocale::c() << false;
    // Swedish has Å as a letter of its own, after Z.
    QTest::newRow("sv_SE") << QLocale(QLocale::Swedish, QLocale::Sweden) << true;
}

void TestTableFilterProxyModel::sortByNameIsLocaleAwareWithNullsLast()
{
    QFETCH(QLocale, locale);
    QFETCH(bool, ringAfterZ);
    QLocale::setDefault(locale);
    LoadedTextCases table;
    QVERIFY(table.load());
    TableFilterProxyModel &proxy = table.proxy;

    proxy.sort(ProjectUsersModel::NameColumn, Qt::AscendingOrder);
    const QStringList ascending = columnValues(proxy, ProjectUsersModel::NameColumn);
    QCOMPARE(ascending.size(), 10);
    // Both missing names last, after every present one.
    QVERIFY(ascending.at(8).isNull());
    QVERIFY(ascending.at(9).isNull());
    const auto at = [&](const char *name) { return ascending.indexOf(QString::fromUtf8(name)); };
    // Lower case "bob" among the B's, "Émile" among the E's, in every one of these locales.
    QVERIFY(at("Angstrom Anna") < at("bob lower"));
    QVERIFY(at("bob lower") < at("Émile Ézy"));
    QVERIFY(at("Émile Ézy") < at("Zed Last"));
    QVERIFY(at("Zed Last") < at("Zoë Zimmermann"));
    if (ringAfterZ) {
        QVERIFY(at("Zoë Zimmermann") < at("Ångström Åke"));
    } else {
        // "Ångström" sits beside "Angstrom", not after "Z".
        QCOMPARE(std::abs(at("Ångström Åke") - at("Angstrom Anna")), 1);
    }

    // Descending reverses the names; missing names still come last.
    proxy.sort(ProjectUsersModel::NameColumn, Qt::DescendingOrder);
    const QStringList descending = columnValues(proxy, ProjectUsersModel::NameColumn);
    QVERIFY(descending.at(8).isNull());
    QVERIFY(descending.at(9).isNull());
    QStringList present = ascending.mid(0, 8);
    std::reverse(present.begin(), present.end());
    QCOMPARE(descending.mid(0, 8), present);
}

void TestTableFilterProxyModel::sortByAddedIsNumeric()
{
    LoadedTextCases table;
    QVERIFY(table.load());
    TableFilterProxyModel &proxy = table.proxy;

    const auto times = [&] {
        QVector<qint64> values;
        for (int row = 0; row < proxy.rowCount(); ++row)
            values.append(proxy.index(row, ProjectUsersModel::AddedColumn).data(ModelRoles::RawRole).toLongLong());
        return values;
    };
    proxy.sort(ProjectUsersModel::AddedColumn, Qt::AscendingOrder);
    QVector<qint64> ascending = times();
    // As text, "999999999" would sort after "2000000000"; as numbers it comes right before 10^9.
    QCOMPARE(ascending.first(), 100);
    QVERIFY(std::is_sorted(ascending.cbegin(), ascending.cend()));
    QVERIFY(ascending.indexOf(999999999) < ascending.indexOf(1000000000));
    proxy.sort(ProjectUsersModel::AddedColumn, Qt::DescendingOrder);
    const QVector<qint64> descending = times();
    QCOMPARE(descending.first(), 2000000000);
    QVERIFY(std::is_sorted(descending.crbegin(), descending.crend()));
}

QTEST_MAIN(TestTableFilterProxyModel)
#include "tst_tablefilterproxymodel.moc"
