// SPDX-License-Identifier: MIT
#include "SampleInstitutions.h"

const QList<SampleInstitutions::Entry>& SampleInstitutions::entries()
{
    static const QList<Entry> list {
        {"Chase Bank", "Chase", "Estate Services Department", "John Johnson",
         "Estate Services Specialist", "EST", "+18005551234", "Mon-Fri 8am-8pm ET",
         "estate.services@chase.example", "https://www.chase.example/estate",
         "closing the checking and savings accounts"},
        {"Chase Bank", "Chase", "Credit Card Bereavement", "Angela Moreno", nullptr, "BRV",
         "+18005551299", "Mon-Sat 8am-6pm ET", nullptr, nullptr,
         "the Sapphire credit card balance"},
        {"Wells Fargo", "Wells Fargo", "Estate Care Center", "Derek Nguyen", "Case Manager", "WF",
         "+18002223344", "Mon-Fri 7am-7pm CT", nullptr, "https://www.wellsfargo.example/estate",
         "the joint brokerage account"},
        {"Bank of America", "Bank of America", "Estate Settlement Services", "Priscilla Owens",
         "Settlement Officer", "BOA", "+18884442100", "Mon-Fri 8am-9pm ET", nullptr, nullptr,
         "the safe deposit box and money market account"},
        {"Fidelity Investments", "Fidelity", "Bereavement Services", "Marcus Lee", nullptr, "FID",
         "+18005447777", "Mon-Fri 8:30am-8pm ET", "bereavement@fidelity.example", nullptr,
         "the IRA beneficiary distribution"},
        {"Vanguard", "Vanguard", "Estate Processing", "Sandra Kim", "Estate Processing Associate",
         "VGD", "+18776627447", nullptr, nullptr, "https://investor.vanguard.example",
         "transferring the mutual funds to the estate account"},
        {"Charles Schwab", "Schwab", "Estate Services", "Tyler Brooks", nullptr, "SCH",
         "+18004352000", "24/7", nullptr, nullptr, "the inherited brokerage account"},
        {"MetLife", "MetLife", "Life Insurance Claims", "Renée Dubois", "Claims Examiner", "CLM",
         "+18006383000", "Mon-Fri 8am-6pm ET", "claims@metlife.example", nullptr,
         "the life insurance beneficiary claim"},
        {"Prudential", "Prudential", "Annuity Death Claims", "Kevin O'Brien", nullptr, "PRU",
         "+18007782255", "Mon-Fri 8am-8pm ET", nullptr, nullptr, "the annuity death benefit"},
        {"Social Security Administration", "SSA", nullptr, nullptr, nullptr, nullptr,
         "+18007721213", "Mon-Fri 8am-7pm local", nullptr, "https://www.ssa.example",
         "reporting the death and the final benefit payment"},
        {"Internal Revenue Service", "IRS", "Estate and Gift Tax", "Officer Patel", nullptr, "IRS",
         "+18668835123", "Mon-Fri 7am-7pm local", nullptr, nullptr,
         "the final income tax return and the EIN for the estate"},
        {"Medicare", "Medicare", "Beneficiary Contact Center", nullptr, nullptr, nullptr,
         "+18006334227", "24/7", nullptr, "https://www.medicare.example",
         "stopping coverage and the outstanding claims"},
        {"Con Edison", "Con Edison", "Customer Service", "Luis Ortega", nullptr, "CE",
         "+18007522933", "24/7", nullptr, nullptr, "transferring the utility account"},
        {"Verizon", "Verizon", "Deceased Account Services", "Hannah Fischer", nullptr, "VZ",
         "+18009220204", "Mon-Fri 8am-8pm ET", nullptr, nullptr, "cancelling the phone line"},
        {"American Express", "Amex", "Estate Department", "Gregory Hall", "Estate Specialist",
         "AMX", "+18005284800", "Mon-Fri 9am-5pm ET", nullptr, nullptr,
         "the Platinum card balance"},
        {"Capital One", "Capital One", "Estate Services", "Julia Santos", nullptr, "C1",
         "+18009558800", nullptr, nullptr, nullptr, "the auto loan payoff"},
        {"Discover", "Discover", "Deceased Cardmember Services", "Zoë Adler", nullptr, "DSC",
         "+18003472683", "Mon-Fri 8am-midnight ET", nullptr, nullptr, "closing the Discover card"},
    };
    return list;
}

const QStringList& SampleInstitutions::caseWorkers()
{
    static const QStringList names {QStringLiteral("Maria Lopez"), QStringLiteral("James Carter"),
                                    QStringLiteral("Priya Raman"), QStringLiteral("Tomás Becker")};
    return names;
}

QString SampleInstitutions::officeNumber()
{
    return QStringLiteral("+12125550187");
}
