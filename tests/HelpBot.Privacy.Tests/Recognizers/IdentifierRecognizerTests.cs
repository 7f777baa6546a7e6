using HelpBot.Privacy.Recognizers;

namespace HelpBot.Privacy.Tests.Recognizers;

// Every value below is fake: 555-01xx phone numbers are reserved for fiction, example.org is a
// reserved domain, 078-05-1120 is the SSN printed on sample wallet cards in 1938, and the names are
// invented.
public sealed class IdentifierRecognizerTests
{
    [Theory]
    [InlineData("Client is Dana Testperson, phone 303-555-0100.", "303-555-0100")]
    [InlineData("call her at (720) 555-0199 tomorrow", "(720) 555-0199")]
    [InlineData("cell 303.555.0123", "303.555.0123")]
    [InlineData("mobile +1 303 555 0142", "+1 303 555 0142")]
    [InlineData("her phone number is 3035550100", "3035550100")]
    [InlineData("phone 555-0100 after 5", "555-0100")]
    [InlineData("UK contact +44 20 7946 0958", "+44 20 7946 0958")]
    [InlineData("Case 1B1234567 was closed", null)]
    [InlineData("bank statements due by 09/27/2011", null)]
    [InlineData("error ERR-12345 at 7:15am on 8/22", null)]
    [InlineData("ticket 3035550100 is open", null)]
    [InlineData("version 10.0.19045.3803", null)]
    public void PhoneNumber_Text_FindsExpectedValue(string text, string? expected) =>
        AssertFinds(new PhoneNumberRecognizer(), text, expected);

    [Theory]
    [InlineData("Her email is test.client@example.org.", "test.client@example.org")]
    [InlineData("write to dana+peak@mail.example.org", "dana+peak@mail.example.org")]
    [InlineData("DANA_T@EXAMPLE.ORG is hers", "DANA_T@EXAMPLE.ORG")]
    [InlineData("the address @example.org is incomplete", null)]
    [InlineData("dana@localhost has no domain", null)]
    public void Email_Text_FindsExpectedValue(string text, string? expected) =>
        AssertFinds(new EmailRecognizer(), text, expected);

    [Theory]
    [InlineData("Her SSN is 078-05-1120.", "078-05-1120")]
    [InlineData("social 078 05 1120", "078 05 1120")]
    [InlineData("ssn 078051120", "078051120")]
    [InlineData("SSN 123-45-6789", "123-45-6789")]
    [InlineData("078-05-1120 with no cue", "078-05-1120")]
    [InlineData("078051120 with no cue", null)]
    [InlineData("SSN 000-12-3456", null)]
    [InlineData("SSN 666-12-3456", null)]
    [InlineData("SSN 912-70-1234", null)]
    [InlineData("SSN 123-00-4567", null)]
    [InlineData("SSN 123-45-0000", null)]
    [InlineData("SSN 111-11-1111", null)]
    [InlineData("SSN 078-05.1120", null)]
    [InlineData("tracking 078-05-1120", null)]
    public void SocialSecurityNumber_Text_FindsExpectedValue(string text, string? expected) =>
        AssertFinds(new UsSocialSecurityNumberRecognizer(), text, expected);

    [Theory]
    [InlineData("ITIN 912-70-1234", "912-70-1234")]
    [InlineData("taxpayer id 912701234", "912701234")]
    [InlineData("ITIN 912-93-1234", null)]
    [InlineData("ITIN 912-40-1234", null)]
    [InlineData("912701234 with no cue", null)]
    public void Itin_Text_FindsExpectedValue(string text, string? expected) =>
        AssertFinds(new UsIndividualTaxpayerIdentificationRecognizer(), text, expected);

    [Theory]
    [InlineData("Her DOB is 01/01/1900 if you need it.", "01/01/1900")]
    [InlineData("date of birth: 1900-01-01", "1900-01-01")]
    [InlineData("born January 1, 1900 in Pueblo", "January 1, 1900")]
    [InlineData("birthday 1 Jan 1900", "1 Jan 1900")]
    [InlineData("01-01-00 (DOB)", "01-01-00")]
    [InlineData("bank statements due by 09/27/2011", null)]
    [InlineData("submitted on 8/22 and on 10/02", null)]
    [InlineData("DOB 13/45/1900", null)]
    [InlineData("renewal sent January 1, 2024", null)]
    public void DateOfBirth_Text_FindsExpectedValue(string text, string? expected) =>
        AssertFinds(new DateOfBirthRecognizer(), text, expected);

    [Theory]
    [InlineData("A-number A123456789", "A123456789")]
    [InlineData("alien registration A-123-456-789", "A-123-456-789")]
    [InlineData("USCIS number A12345678", "A12345678")]
    [InlineData("A# 123456789 on the green card", "A# 123456789")]
    [InlineData("A123456789 with no cue", null)]
    [InlineData("alien number A1234567", null)]
    [InlineData("alien number A1234567890", null)]
    public void AlienRegistrationNumber_Text_FindsExpectedValue(string text, string? expected) =>
        AssertFinds(new AlienRegistrationNumberRecognizer(), text, expected);

    [Theory]
    [InlineData("Medicaid ID A123456", "A123456")]
    [InlineData("member ID: B654321", "B654321")]
    [InlineData("state id is z000001", "z000001")]
    [InlineData("A123456 with no cue", null)]
    [InlineData("Medicaid ID 1B00000", null)]
    [InlineData("Medicaid ID A1234567", null)]
    public void MedicaidId_Text_FindsExpectedValue(string text, string? expected) =>
        AssertFinds(new MedicaidIdRecognizer(), text, expected);

    [Theory]
    [InlineData("password: Winter2024!", "Winter2024!")]
    [InlineData("her pwd is hunter22.", "hunter22")]
    [InlineData("Passcode = 4471", "4471")]
    [InlineData("pw is \"fakepass\"", "fakepass")]
    [InlineData("the password is wrong", null)]
    [InlineData("password is incorrect", null)]
    [InlineData("she forgot her password and reset it", null)]
    [InlineData("password reset link expired", null)]
    [InlineData("her pass is Hunter2!", "Hunter2!")]
    [InlineData("PEAK pass: Xq7pLm42", "Xq7pLm42")]
    [InlineData("her bus pass is expired", null)]
    [InlineData("the pass was valid last month", null)]
    [InlineData("Signed out and in. pw: [PASSWORD]", null)]
    [InlineData("her password is [PASSWORD] and mine is unknown", null)]
    public void Password_Text_FindsExpectedValue(string text, string? expected) =>
        AssertFinds(new PasswordRecognizer(), text, expected);

    [Theory]
    [InlineData("Sunshine2024!", "Sunshine2024!")]
    [InlineData("  Xq7!pLm#42zz \n", "Xq7!pLm#42zz")]
    [InlineData("Sun!2024", "Sun!2024")]
    [InlineData("Sun!202", null)]
    [InlineData("sunshine2024!", null)]
    [InlineData("cbo.navigator01", null)]
    [InlineData("Dana.T@Example1.org", null)]
    [InlineData("https://Peak.example.org/Doc1", null)]
    [InlineData("ERR-500", null)]
    [InlineData("Error:ERR-123,45", null)]
    [InlineData("Spring@2026x", "Spring@2026x")]
    [InlineData("Sunshine2024! is what she typed", null)]
    public void LonePassword_Text_FindsExpectedValue(string text, string? expected) =>
        AssertFinds(new LonePasswordRecognizer(), text, expected);

    [Theory]
    [InlineData("She lives at 123 Main St Apt 4B.", "123 Main St Apt 4B")]
    [InlineData("address 4500 E. Colfax Avenue", "4500 E. Colfax Avenue")]
    [InlineData("mail goes to PO Box 1234", "PO Box 1234")]
    [InlineData("P.O. Box 99", "P.O. Box 99")]
    [InlineData("mailing address is Denver, CO 80202", "Denver, CO 80202")]
    [InlineData("home address: Apt 12", "Apt 12")]
    [InlineData("uploaded 3 files the same way", null)]
    [InlineData("at least 5 times, every time", null)]
    [InlineData("Unit 4 of the training", null)]
    public void Address_Text_FindsExpectedValue(string text, string? expected) =>
        AssertFinds(new AddressRecognizer(), text, expected);

    [Theory]
    [InlineData("card 4111 1111 1111 1111", "4111 1111 1111 1111")]
    [InlineData("amex 3782-822463-10005", "3782-822463-10005")]
    [InlineData("5555555555554444", "5555555555554444")]
    [InlineData("card 4111 1111 1111 1112", null)]
    [InlineData("1234567812345678", null)]
    public void CreditCard_Text_FindsExpectedValue(string text, string? expected) =>
        AssertFinds(new CreditCardRecognizer(), text, expected);

    [Theory]
    [InlineData("routing 011000015", "011000015")]
    [InlineData("ABA 021000021", "021000021")]
    [InlineData("routing 011000016", null)]
    [InlineData("011000015 with no cue", null)]
    [InlineData("routing 991000015", null)]
    public void AbaRouting_Text_FindsExpectedValue(string text, string? expected) =>
        AssertFinds(new AbaRoutingNumberRecognizer(), text, expected);

    [Theory]
    [InlineData("account number 12345678901", "12345678901")]
    [InlineData("checking acct 00012345", "00012345")]
    [InlineData("12345678901 with no cue", null)]
    [InlineData("account number 1234567", null)]
    public void BankAccount_Text_FindsExpectedValue(string text, string? expected) =>
        AssertFinds(new UsBankAccountNumberRecognizer(), text, expected);

    internal static void AssertFinds(IPiiRecognizer recognizer, string text, string? expected)
    {
        var values = AnalyzerFactory.FindValues(recognizer, text);

        if (expected is null)
        {
            Assert.Empty(values);
        }
        else
        {
            Assert.Equal([expected], values);
        }
    }
}
