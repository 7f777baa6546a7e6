#!/usr/bin/env python3
"""Generate the labelled PII evaluation corpus (corpus.jsonl) from templates.

Every value is fake: 555-01xx phone numbers, example.org/.com/.net e-mail
addresses, invented names, 1900-era birth dates, card numbers from card
networks' published test ranges or made Luhn-valid at random, and random
digits for the other numbers. The output is deterministic (fixed seed), so
rerunning the script reproduces the committed file byte for byte.

Output: one JSON object per line:
  {"id", "text", "entities": [{"category", "offset", "length"}],
   "nonPii": [{"kind", "offset", "length"}]}
Offsets and lengths count UTF-16 code units. "entities" are the gold PII
spans; "nonPii" marks values that must never be flagged (case numbers,
ticket numbers, help desk contacts, dates of the problem, ...).

Span conventions: a finding is the value only, without its cue ("SSN",
"DOB", "password is"); a name is the name words without a title; an age is
the number; linked details (income, language, eligibility, tobacco, tax
return, immigration status, health) are the words that state the detail.

Usage: python3 generate_corpus.py > corpus.jsonl
"""

import json
import random
import re
import sys

SEED = 20240822
rnd = random.Random(SEED)

# ---------------------------------------------------------------- values

FIRST = ["Dana", "Jordan", "Alex", "Maria", "José", "Søren", "Aisha", "Priya", "Mohamed", "Anh",
         "Hope", "Faith", "Bill", "Rose", "Grace", "Will", "Sunny", "Chen", "Olu", "Zoë",
         "María José", "Jean-Luc", "Siobhan", "Nguyễn", "Björn", "Fatima", "Kwame", "Lucía"]
LAST = ["Testperson", "Sampleton", "Examplar", "García-López", "O'Brien", "Van der Berg",
        "Nguyen", "Okonkwo", "Hunter", "Baker", "Rivers", "Young", "Fakename", "Demo",
        "Müller", "Kowalczyk", "Al-Rashid", "De La Cruz", "Ramírez", "Tran", "St. Clair",
        "Mock", "Placeholder", "Dummyson"]


def person():
    return f"{rnd.choice(FIRST)} {rnd.choice(LAST)}"


def person_lower():
    return person().lower()


def person_upper():
    return person().upper()


def first_name():
    return rnd.choice(FIRST)


def phone():
    n = f"{rnd.randint(0, 99):02d}"
    area = rnd.choice(["303", "720", "970", "719"])
    return rnd.choice([f"{area}-555-01{n}", f"({area}) 555-01{n}", f"{area}.555.01{n}",
                       f"1-{area}-555-01{n}", f"+1 {area} 555 01{n}", f"{area} 555 01{n}"])


def phone_digits():
    return f"{rnd.choice(['303', '720'])}55501{rnd.randint(0, 99):02d}"


def phone_local():
    return f"555-01{rnd.randint(0, 99):02d}"


def email():
    user = rnd.choice(["dana.t", "jtestperson", "client123", "mj.garcia", "test.client", "sunny_b",
                       "aisha.o", "hope.rivers", "DANA.TEST", "grace+peak"])
    return f"{user}@{rnd.choice(['example.org', 'example.com', 'example.net', 'mail.example.org'])}"


STREETS = ["Example St", "Test Ave", "Sample Rd", "Placeholder Blvd", "Fake Street", "Demo Dr",
           "Main Street", "Elm St", "N Mock Way", "Colfax Ave", "Oak Ln", "Sunny Ct"]


def address():
    base = f"{rnd.randint(10, 99999)} {rnd.choice(STREETS)}"
    return rnd.choice([base, f"{base} Apt {rnd.randint(1, 40)}{rnd.choice('ABC')}", f"{base} Unit {rnd.randint(1, 300)}",
                       f"PO Box {rnd.randint(100, 99999)}"])


def ssn():
    area = rnd.choice([a for a in range(1, 900) if a != 666])
    s = f"{area:03d}-{rnd.randint(1, 99):02d}-{rnd.randint(1, 9999):04d}"
    return rnd.choice([s, s, s.replace("-", " ")])


def ssn_digits():
    return ssn().replace("-", "").replace(" ", "")


def dob():
    m, d, y = rnd.randint(1, 12), rnd.randint(1, 28), rnd.randint(1900, 1960)
    months = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
              "October", "November", "December"]
    return rnd.choice([f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}", f"{y}-{m:02d}-{d:02d}", f"{months[m - 1]} {d}, {y}",
                       "01/01/1900"])


def age():
    return str(rnd.randint(1, 99))


def itin():
    group = rnd.choice(list(range(70, 89)) + list(range(50, 66)) + [90, 91, 92, 94, 95, 99])
    s = f"9{rnd.randint(0, 99):02d}-{group}-{rnd.randint(1, 9999):04d}"
    return s


def drivers_license():
    return rnd.choice([f"{rnd.randint(10, 99)}-{rnd.randint(100, 999)}-{rnd.randint(1000, 9999)}",
                       f"{rnd.randint(100000000, 999999999)}"])


def luhn_complete(prefix, length):
    digits = [int(c) for c in prefix]
    while len(digits) < length - 1:
        digits.append(rnd.randint(0, 9))
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 0:
            d *= 2
            d = d - 9 if d > 9 else d
        total += d
    digits.append((10 - total % 10) % 10)
    return "".join(map(str, digits))


def credit_card():
    number = rnd.choice([luhn_complete("4", 16), luhn_complete("51", 16), luhn_complete("37", 15),
                         "4111111111111111", "5555555555554444", "6011111111111117"])
    if len(number) == 16 and rnd.random() < 0.5:
        number = " ".join(number[i:i + 4] for i in range(0, 16, 4))
    elif len(number) == 16 and rnd.random() < 0.3:
        number = "-".join(number[i:i + 4] for i in range(0, 16, 4))
    return number


def bank_account():
    return "".join(str(rnd.randint(0, 9)) for _ in range(rnd.randint(8, 14)))


def aba():
    while True:
        prefix = rnd.choice(["01", "02", "10", "11", "12", "21", "22", "30", "31", "32"])
        body = prefix + "".join(str(rnd.randint(0, 9)) for _ in range(6))
        for last in range(10):
            d = [int(c) for c in body + str(last)]
            if (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + d[2] + d[5] + d[8]) % 10 == 0:
                return body + str(last)


MBI_LETTERS = "ACDEFGHJKMNPQRTUVWXY"


def mbi():
    def a():
        return rnd.choice(MBI_LETTERS)

    def n():
        return str(rnd.randint(0, 9))

    def an():
        return rnd.choice(MBI_LETTERS + "0123456789")

    value = f"{rnd.randint(1, 9)}{a()}{an()}{n()}{a()}{an()}{n()}{a()}{a()}{n()}{n()}"
    return rnd.choice([value, f"{value[:4]}-{value[4:7]}-{value[7:]}", "1EG4-TE5-MK73", "1EG4TE5MK73"])


def a_number():
    digits = "".join(str(rnd.randint(0, 9)) for _ in range(rnd.choice([8, 9])))
    return rnd.choice([f"A{digits}", f"A-{digits}", f"A{digits[:3]}-{digits[3:6]}-{digits[6:]}"])


def medicaid_id():
    return f"{rnd.choice('ABCDEFGHJKLMNPRSTWXYZ')}{rnd.randint(0, 999999):06d}"


def immigration():
    return rnd.choice(["a green card holder", "a refugee", "a lawful permanent resident", "undocumented", "an asylee",
                       "a DACA recipient", "not a U.S. citizen", "a naturalized citizen", "a qualified non-citizen",
                       "a TPS holder"])


def income():
    return rnd.choice([f"${rnd.randint(8, 60)},{rnd.randint(0, 999):03d} a year", f"${rnd.randint(900, 4800):,} a month",
                       f"${rnd.randint(12, 30)}/hour", f"${rnd.randint(1, 5)},{rnd.randint(100, 999)}"])


LANGUAGES = ["Spanish", "Vietnamese", "Somali", "Amharic", "Arabic", "Russian", "Nepali", "Mandarin", "Korean", "French"]


def language():
    return rnd.choice(LANGUAGES)


def tobacco():
    return rnd.choice(["a smoker", "a tobacco user", "a non-smoker", "a daily smoker"])


def tobacco_verb():
    return rnd.choice(["smokes", "uses tobacco", "vapes", "chews tobacco", "smokes cigarettes"])


def health():
    return rnd.choice(["diabetes", "pregnancy", "dialysis", "chemo", "epilepsy", "asthma", "depression",
                       "high blood pressure", "cancer", "kidney disease", "bipolar disorder", "seizures", "HIV",
                       "prenatal care", "heart surgery", "PTSD", "COPD", "leukemia"])


def eligibility():
    return rnd.choice(["was denied for Medicaid", "is eligible for CHP+", "was approved for Health First Colorado",
                       "is not eligible for APTC", "was found eligible for Medical Assistance", "was terminated from Medicaid",
                       "was determined ineligible for CHP+", "is eligible for a QHP", "was denied for cost-sharing reductions"])


def tax_return():
    return rnd.choice(["2023 tax return", "W-2", "1099", "federal tax return", "Form 1040", "W2s", "tax returns",
                       "1099-NEC", "2024 federal tax return", "1040-SR"])


def password():
    return rnd.choice(["Blue$ky2024", "Tr0ub4dor&3", "Peak!2023", "Winter#2024", "dana1900!", "P@ssw0rd99",
                       "sunflower77", "Denver*303", "qwerty!234", "Hunter2Go", "LetMeIn#5", "Spring2025$"])


def case_number():
    return rnd.choice(["1B00000", f"1B{rnd.randint(0, 9999999):07d}", f"1b{rnd.randint(0, 99999):05d}"])


def ticket():
    return rnd.choice([f"INC{rnd.randint(0, 9999999):07d}", f"HDT-{rnd.randint(10000, 99999)}", f"SR{rnd.randint(100000, 999999)}"])


def tracking():
    return rnd.choice([f"{rnd.randint(100000000, 999999999)}", f"T{rnd.randint(1000000, 9999999)}",
                       f"{rnd.randint(10000000, 99999999)}"])


def problem_date():
    return rnd.choice(["8/22", "10/02", "3/14/2024", "01/15/2025", "Monday", "yesterday at 9:15am", "7:15 am",
                       "2024-11-01 14:32", "11/3/2024 at 4:45 PM", "this morning around 10"])


def error_code():
    return rnd.choice(["ERR-12345", "error 500", "HTTP 404", "E1023", "error code 403", "ERROR_4021", "status 502"])


def version():
    return rnd.choice(["Chrome 120.0.6099.109", "version 116.0.5845", "v2.3.1", "Edge 121.0.2277.83", "iOS 17.2.1",
                       "Windows 11 version 23H2"])


def url():
    return rnd.choice(["https://peak.my.site.com/peak/s/", "https://peak.my.site.com/peak/s/benefit-information",
                       "co.gov/peak", "connectforhealthco.com", "https://connectforhealthco.com/", "prd.connectforhealthco.com/login-portal/login",
                       "https://www.colorado.gov/peak", "ses.my.site.com/ses/s/login"])


def program():
    return rnd.choice(["Health First Colorado", "CHP+", "SNAP", "Colorado Works", "LEAP", "Old Age Pension",
                       "Medicaid", "the Medicare Savings Program", "WIC", "Connect for Health Colorado", "PEAK", "CBMS"])


def amount():
    return rnd.choice(["$25", "$0", "$1,200", "$4.99", "$75.00", "$350"])


def county():
    return rnd.choice(["Denver County", "Douglas County", "Logan County", "Morgan County", "Mesa County", "Adams County",
                       "Jefferson County", "Rio Grande County", "Eagle County", "Grand County", "Hope County"])


def helpdesk():
    return rnd.choice(["CBMS.help@state.co.us", "1-800-221-3943", "1-855-752-6749", "PEAKoutreach@bouldercounty.org",
                       "(800) 221-3943", "1-855-346-3432"])


def username():
    return rnd.choice(["dtestperson", "DTESTPERSON2", "jordan_sample", "peakuser1900", "mgarcialopez", "hope.rivers77"])


VALUES = {
    "Person": person, "PersonLower": person_lower, "PersonUpper": person_upper, "First": first_name,
    "PhoneNumber": phone, "PhoneDigits": phone_digits, "PhoneLocal": phone_local, "Email": email,
    "Address": address, "USSocialSecurityNumber": ssn, "SsnDigits": ssn_digits, "DateOfBirth": dob, "Age": age,
    "USIndividualTaxpayerIdentification": itin, "USDriversLicenseNumber": drivers_license,
    "CreditCardNumber": credit_card, "USBankAccountNumber": bank_account, "ABARoutingNumber": aba,
    "MedicareBeneficiaryId": mbi, "AlienRegistrationNumber": a_number, "MedicaidId": medicaid_id,
    "ImmigrationStatus": immigration, "HouseholdIncome": income, "LanguagePreference": language,
    "TobaccoUse": tobacco, "TobaccoVerb": tobacco_verb, "EligibilityStatus": eligibility, "TaxReturn": tax_return, "HealthInformation": health, "Password": password,
}

# Slots whose value is stored under another category name.
CATEGORY_OF = {"PersonLower": "Person", "PersonUpper": "Person", "First": "Person", "PhoneDigits": "PhoneNumber",
               "PhoneLocal": "PhoneNumber", "SsnDigits": "USSocialSecurityNumber", "TobaccoVerb": "TobaccoUse"}

NON_PII = {
    "CaseNumber": case_number, "Ticket": ticket, "Tracking": tracking, "ProblemDate": problem_date,
    "ErrorCode": error_code, "Version": version, "Url": url, "Program": program, "Amount": amount,
    "County": county, "HelpDesk": helpdesk, "Username": username,
}

# Literal gold spans: [[Category|text]] marks fixed wording (eligibility, tax return, ...).
LITERAL = re.compile(r"\[\[(\w+)\|([^\]]+)\]\]")
SLOT = re.compile(r"\{(\w+)\}|\[\[(\w+)\|([^\]]+)\]\]")

# ---------------------------------------------------------------- templates

POSITIVE = [
    # Person: cues, any letter case, compound and non-English names, names that are words.
    "Client is {Person}, phone {PhoneNumber}.",
    "my client's name is {PersonLower} and she can't log into PEAK",
    "CLIENT NAME: {PersonUpper}. CASE {CaseNumber}. PEAK SAYS {ErrorCode}.",
    "Helping {Person} with her renewal, the upload button does nothing.",
    "Her son, {Person}, was dropped from the household on PEAK after the {ProblemDate} update.",
    "Mr. {Person} called about the notice. Case {CaseNumber}.",
    "The applicant is named {Person} and the page froze at the income section.",
    "Walk-in today: {Person}, {Age} years old, needs help with CHP+ for her kids.",
    "Spoke with {Person} at {PhoneNumber}, she says the link in the e-mail is expired.",
    "the customer's name is {PersonLower} and she got {ErrorCode} when submitting",
    "Ms. {Person} uploaded her paystubs on {ProblemDate} but PEAK still shows them missing.",
    "Dr. {Person} faxed the [[HealthInformation|disability]] form but it never showed up in the case.",
    "Name: {Person}\nUser name: {Username}\nError: {ErrorCode}",
    "Her husband {Person} is not showing on the application anymore.",
    "client {Person} says the password reset e-mail never comes",
    "I am helping {Person} ({Email}) with the Connect for Health account.",
    "The patient, {Person}, was told to apply in PEAK but the page is blank.",
    "Applicant {Person}; DOB {DateOfBirth}; the page keeps timing out.",
    "Resident {Person} lives at {Address}, [[Address|Denver, CO 80202]] and needs the mail center fixed.",
    "Client's daughter {Person} is {Age} and was left off the CHP+ application.",
    # Phone numbers
    "Please call the client back at {PhoneNumber} after 3.",
    "her cell is {PhoneNumber}",
    "client phone number is {PhoneDigits}",
    "Best number to reach him: {PhoneNumber}. Case {CaseNumber}.",
    "she can be reached at phone {PhoneLocal} in the afternoon",
    "Text the client at {PhoneNumber} when the ticket is fixed.",
    # E-mail
    "Her email is {Email}.",
    "PEAK sent the code to {Email} but it never arrived.",
    "Client used {Email} to create the account and now it says the e-mail is taken.",
    "User name is {Email} and the account is locked.",
    "the verification e-mail to {Email} bounced, {ProblemDate}",
    # Address
    "Client moved to {Address} and PEAK won't let us update the address.",
    "Mailing address on file is {Address}, [[Address|Aurora, CO 80010]].",
    "He lives at {Address} but the notice went to the old address.",
    "The home address field rejects {Address} with {ErrorCode}.",
    "New address: {Address}. The county still shows the old one.",
    # SSN
    "Her SSN is {USSocialSecurityNumber}.",
    "ssn {SsnDigits} shows as already in use on PEAK",
    "Social Security number {USSocialSecurityNumber} is entered but the page says it's invalid.",
    "When we type the SS# {USSocialSecurityNumber} the system says it belongs to another case.",
    "Client gave me {USSocialSecurityNumber} for the application, PEAK rejects it.",
    # DOB and age
    "Her DOB is {DateOfBirth} if you need it.",
    "date of birth {DateOfBirth}, case {CaseNumber}",
    "Client was born {DateOfBirth} and PEAK calculates the wrong age.",
    "birthday: {DateOfBirth}; the application says he is under 19",
    "The client is {Age} years old and was put on the adult plan.",
    "Her daughter, age {Age}, is not showing for CHP+.",
    "a {Age}-year-old member of the household is missing",
    # ITIN
    "Client has an ITIN, {USIndividualTaxpayerIdentification}, and PEAK only takes an SSN.",
    "Her taxpayer ID is {USIndividualTaxpayerIdentification} and the tax page rejects it.",
    "ITIN {USIndividualTaxpayerIdentification} was entered in the SSN field by mistake.",
    # Driver's license (Colorado)
    "Her driver's license number is {USDriversLicenseNumber} and the identity check fails.",
    "DL# {USDriversLicenseNumber} entered for ID proofing, Experian says no match.",
    "Colorado driver license {USDriversLicenseNumber} was uploaded as proof of identity.",
    "Client's license number: {USDriversLicenseNumber}. The ID verification page is stuck.",
    # Credit card
    "She typed her card number {CreditCardNumber} into the premium payment page and it failed.",
    "Client paid with credit card {CreditCardNumber}, the payment did not go through.",
    "debit card {CreditCardNumber} was charged twice for the binder payment",
    # Bank account and ABA
    "Direct deposit: account number {USBankAccountNumber}, routing {ABARoutingNumber}.",
    "Her checking account {USBankAccountNumber} is where the premium is drawn from.",
    "The routing number {ABARoutingNumber} is rejected on the autopay form.",
    "Bank account #: {USBankAccountNumber}; ABA {ABARoutingNumber}; the EFT page says invalid.",
    "savings acct {USBankAccountNumber} at the credit union",
    # Medicare beneficiary identifier
    "Her Medicare number is {MedicareBeneficiaryId} and the Medicare Savings Program page won't take it.",
    "MBI {MedicareBeneficiaryId} entered for the client, the field turns red.",
    "Client's Medicare ID: {MedicareBeneficiaryId}. Card says Part A and B.",
    "medicare beneficiary identifier {MedicareBeneficiaryId} was rejected",
    # A-number
    "His A-number is {AlienRegistrationNumber} and the immigration page won't save.",
    "Alien registration number {AlienRegistrationNumber} entered from the [[ImmigrationStatus|green card]].",
    "USCIS number {AlienRegistrationNumber}; the document upload fails.",
    # Medicaid ID
    "Medicaid ID {MedicaidId} shows as inactive.",
    "Her Health First Colorado member ID is {MedicaidId}.",
    "State ID {MedicaidId} is on the card but PEAK can't find the member.",
    "applicant id: {MedicaidId}; the application is stuck in review",
    # Immigration status
    "Client is {ImmigrationStatus} and the citizenship questions loop back.",
    "She is {ImmigrationStatus}, so which box should she pick on PEAK?",
    "Her husband is {ImmigrationStatus} and the page asks for a document we don't have.",
    # Household income
    "Household income is about {HouseholdIncome} and PEAK says over income.",
    "He makes {HouseholdIncome} and the tax credit shows zero.",
    "family income of {HouseholdIncome}, the budget page shows something else",
    "She earns {HouseholdIncome} from cleaning houses.",
    # Language preference
    "Client speaks only {LanguagePreference} and the notices come in English.",
    "Preferred language is {LanguagePreference}, but PEAK shows English.",
    "She is a {LanguagePreference} speaker and needs the letters translated.",
    "Client needs a {LanguagePreference} interpreter for the call with the county.",
    # Tobacco use
    "Client is {TobaccoUse} and the premium went up.",
    "He {TobaccoVerb}, so the plan price changed when we answered the tobacco question.",
    "Applicant marked as {TobaccoUse} by mistake, how do we fix it?",
    # Eligibility status
    "Client {EligibilityStatus} but the notice has no reason.",
    "Her son {EligibilityStatus} per the letter, PEAK says pending.",
    "He {EligibilityStatus} last month and now shows nothing.",
    "The client {EligibilityStatus} according to the results page.",
    "[[EligibilityStatus|Medicaid eligibility status is pending]] for over 45 days, case {CaseNumber}.",
    "She {EligibilityStatus} but the card never came.",
    "Client {EligibilityStatus} after the renewal, case {CaseNumber}.",
    "Her daughter {EligibilityStatus} because of income.",
    # Tax return
    "Client uploaded her {TaxReturn} and it shows as rejected.",
    "We need to send his {TaxReturn} but the upload fails.",
    "Her {TaxReturn} from the delivery app is the only proof of income.",
    "client's {TaxReturn} was uploaded twice",
    "The husband's {TaxReturn} is required, where do we upload it?",
    "She scanned her {TaxReturn} and PEAK says the file type is wrong.",
    # Health information
    "Client has {HealthInformation} and can't miss the coverage start date.",
    "She is being treated for {HealthInformation} and needs coverage before the appointment.",
    "He gets treatment for {HealthInformation} every week and the plan was cancelled.",
    "Client's son has {HealthInformation}, so the gap in coverage is urgent.",
    "The member was [[HealthInformation|diagnosed]] with {HealthInformation} last month.",
    # Password
    "Her password is {Password} and it still says invalid.",
    "PEAK user name {Username}, password: {Password}",
    "pw = {Password} per the client, please reset",
    "client's passcode is {Password}",
    "We tried the password {Password} three times and got locked out.",
    # More rows for the smaller categories.
    "Her routing number is {ABARoutingNumber} and the bank says it's right.",
    "ABA routing {ABARoutingNumber} fails the check on the refund form.",
    "A# {AlienRegistrationNumber} from her [[ImmigrationStatus|permanent resident card]] won't validate.",
    "Card ending is fine but the full number {CreditCardNumber} shows on the screenshot.",
    "Client is {ImmigrationStatus}; the non-citizen section keeps erroring.",
    "Bank account number {USBankAccountNumber} for the premium autopay, ticket {Ticket}.",
    "ITIN: {USIndividualTaxpayerIdentification}. The household member page wants an SSN.",
    "Answered yes to tobacco because the client {TobaccoVerb}.",
    "Her husband {TobaccoVerb} and the quote doubled.",
    "The client {EligibilityStatus} and we need the letter again.",
    "Client {EligibilityStatus}, but the plan page shows nothing.",
    "Uploaded the client's {TaxReturn} as proof of income.",
    "Is a {USSocialSecurityNumber} with a space ok? Client typed it that way.",
    "Client e-mail {Email}, phone {PhoneNumber}.",
    "Client's home is {Address}.",
    "Client said she is {ImmigrationStatus} and asked if that affects her kids' CHP+.",
    "Monthly income is {HouseholdIncome} since she lost the second job.",
    "Client is {TobaccoUse}, is the surcharge right?",
    # Mixed
    "Client {Person}, DOB {DateOfBirth}, SSN {USSocialSecurityNumber}, phone {PhoneNumber}, case {CaseNumber}.",
    "{Person} ({Email}) at {Address}: the renewal from {ProblemDate} is missing.",
    "The client, {Person}, is {Age} years old, {ImmigrationStatus}, and speaks only {LanguagePreference}.",
    "Her MBI is {MedicareBeneficiaryId} and her Medicaid ID is {MedicaidId}.",
    "Card {CreditCardNumber} and routing {ABARoutingNumber} both rejected on {Url}.",
    "license {USDriversLicenseNumber}, A# {AlienRegistrationNumber}, ITIN {USIndividualTaxpayerIdentification}",
    "Intake notes: {HealthInformation}; {TobaccoUse}; household income is {HouseholdIncome}.",
    "Password {Password} and e-mail {Email} were written on the intake form.",
    "Please call {Person} at {PhoneNumber}; ticket {Ticket} is still open.",
    "Client, {Person}, on {Url} got {ErrorCode} at {ProblemDate}. Her SSN is {USSocialSecurityNumber}.",
    "{Person} has a {LanguagePreference} interpreter and {EligibilityStatus}.",
    "Client: {PersonLower}. medicare id {MedicareBeneficiaryId}. driver's license {USDriversLicenseNumber}.",
]

NEGATIVE = [
    # Case, tracking and authorization numbers.
    "Case {CaseNumber} was closed by mistake after the renewal.",
    "Case number {CaseNumber}, the interview letter never came.",
    "No case number yet, tracking number {Tracking}.",
    "Authorization number {Tracking}, application not submitted yet.",
    "auth # {Tracking} from the Connect for Health application",
    "CBMS case {CaseNumber} and {CaseNumber} are linked but should not be.",
    "confirmation number {Tracking} shows on the submit page",
    # Ticket numbers.
    "Ticket {Ticket} is still open after two weeks.",
    "Following up on incident {Ticket}.",
    "HDT {Ticket}: same problem again today.",
    # User name (not an e-mail address).
    "User name: {Username}. The account is locked.",
    "PEAK username {Username}, error {ErrorCode}.",
    "user name is {Username} and the reset link is expired",
    "Single sign-on user: {Username}",
    # Help desk contacts.
    "I e-mailed {HelpDesk} on {ProblemDate} and no answer.",
    "Called {HelpDesk} and waited an hour.",
    "The help desk number {HelpDesk} says to e-mail instead.",
    "Should I send this to {HelpDesk} or call the Service Center?",
    # Dates and times of the problem.
    "It started {ProblemDate} and is still happening.",
    "Happened on {ProblemDate} and again on {ProblemDate}.",
    "The page froze at {ProblemDate} while uploading.",
    # Error codes and versions.
    "PEAK shows {ErrorCode} after clicking Next.",
    "Got {ErrorCode} then {ErrorCode} on the document upload page.",
    "Using {Version} on a Windows laptop.",
    "Tried {Version} and Firefox 121, same {ErrorCode}.",
    # Web addresses.
    "The page is {Url} and it spins forever.",
    "Went to {Url} then clicked Apply for Benefits.",
    "Link: {Url}",
    # Programs.
    "Client applied for {Program} and {Program} at the same time.",
    "The {Program} section is blank on the benefits page.",
    "Is {Program} renewal done in PEAK or on paper?",
    # Amounts with no person.
    "There is a {Amount} fee on the payment page that should not be there.",
    "The plan shows a {Amount} premium on the shopping page.",
    "Why does the page show {Amount} in the tax credit box for every plan?",
    # County names.
    "The client lives in {County} and the county office says to call the state.",
    "{County} human services can't see the application.",
    "Transferred from {County} to {County} and now nothing shows.",
    # Mixed non-PII.
    "Case {CaseNumber}, ticket {Ticket}, {ErrorCode} on {Url} at {ProblemDate}.",
    "User {Username} on {Version}: {ErrorCode}. Called {HelpDesk}.",
    "{Program} renewal for {County}: {ErrorCode} at {ProblemDate}, tracking {Tracking}.",
    # Word traps: no person named.
    "The client is trying to upload the paystubs again.",
    "Hope this gets fixed soon, the deadline is Friday.",
    "Will the county see the renewal if PEAK says submitted?",
    "Grace period ends on the 31st for the premium.",
    "Bill pay page on Connect for Health shows an error.",
    "The password reset page says invalid token.",
    "Her password is not working and the reset e-mail never comes.",
    "the client's date of birth is wrong on the letter, we need to fix it",
    "Client says the SSN field won't accept any number.",
    "Clicked Save and Continue three times, nothing happens.",
    "Sign off and on did not help; cleared the cache in Chrome too.",
    "The account number field on the payment page is greyed out.",
    "Medicare Savings Program application is stuck in pending.",
    "Version 2 of the form is missing the signature box.",
    "Error 404 on the document page since 8/22.",
]


def render(template, index):
    """Fill the slots of one template and return (text, entities, nonPii) with code point offsets."""
    parts, entities, non_pii = [], [], []
    position = 0
    cursor = 0
    for match in SLOT.finditer(template):
        literal = template[cursor:match.start()]
        parts.append(literal)
        position += len(literal)
        if match.group(1):
            name = match.group(1)
            if name in VALUES:
                value = VALUES[name]()
                entities.append((CATEGORY_OF.get(name, name), position, len(value)))
            else:
                value = NON_PII[name]()
                non_pii.append((name, position, len(value)))
        else:
            value = match.group(3)
            entities.append((match.group(2), position, len(value)))
        parts.append(value)
        position += len(value)
        cursor = match.end()
    parts.append(template[cursor:])
    return "".join(parts), entities, non_pii


# Reports typed in trials of the bot, each kept once: values with an invalid SSN area after an SSN cue
# are still SSNs as the user typed them.
TYPED = [
    "Her SSN is [[USSocialSecurityNumber|900-00-0001]] and her PEAK password is [[Password|Tulip-Fake-4417]].",
    "SSN: [[USSocialSecurityNumber|900000001]] was rejected on the income page.",
    "client's social security number is [[USSocialSecurityNumber|987 65 4320]] but PEAK says it does not match",
]

def utf16(text, index):
    return len(text[:index].encode("utf-16-le")) // 2


def record(identifier, text, entities, non_pii):
    return {
        "id": identifier,
        "text": text,
        "entities": [{"category": c, "offset": utf16(text, o), "length": utf16(text, o + n) - utf16(text, o)}
                     for c, o, n in entities],
        "nonPii": [{"kind": k, "offset": utf16(text, o), "length": utf16(text, o + n) - utf16(text, o)}
                   for k, o, n in non_pii],
    }


def main():
    records = []
    for round_index in range(6):
        for i, template in enumerate(POSITIVE):
            text, entities, non_pii = render(template, i)
            records.append(record(f"p{round_index}-{i:03d}", text, entities, non_pii))
    for round_index in range(3):
        for i, template in enumerate(NEGATIVE):
            text, entities, non_pii = render(template, i)
            records.append(record(f"n{round_index}-{i:03d}", text, entities, non_pii))
    for i, template in enumerate(TYPED):
        text, entities, non_pii = render(template, i)
        records.append(record(f"t0-{i:03d}", text, entities, non_pii))

    # Drop exact duplicate texts so each line is a distinct test.
    seen, unique = set(), []
    for r in records:
        if r["text"] not in seen:
            seen.add(r["text"])
            unique.append(r)

    counts = {}
    for r in unique:
        for e in r["entities"]:
            counts[e["category"]] = counts.get(e["category"], 0) + 1
    negatives = sum(1 for r in unique if not r["entities"])
    sys.stderr.write(f"{len(unique)} texts, {negatives} with no PII\n")
    for category, count in sorted(counts.items()):
        sys.stderr.write(f"  {category}: {count}\n")
    too_few = [c for c, n in counts.items() if n < 25]
    if len(unique) < 400 or negatives < 100 or too_few:
        sys.exit(f"corpus too small: texts {len(unique)}, negatives {negatives}, categories under 25: {too_few}")

    for r in unique:
        sys.stdout.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
