// @generated from the examples in specs/plaid/. Do not edit: run `cargo run -p generator -- generate`.

#![allow(deprecated)]
#[test]
fn account_base_verification_status_wire_values() {
    let value: super::models::AccountBaseVerificationStatus = ::serde_json::from_str(
            "\"automatically_verified\"",
        )
        .unwrap();
    assert_eq!(
        value, super::models::AccountBaseVerificationStatus::AutomaticallyVerified
    );
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"automatically_verified\"");
    let value: super::models::AccountBaseVerificationStatus = ::serde_json::from_str(
            "\"pending_automatic_verification\"",
        )
        .unwrap();
    assert_eq!(
        value, super::models::AccountBaseVerificationStatus::PendingAutomaticVerification
    );
    assert_eq!(
        ::serde_json::to_string(& value).unwrap(), "\"pending_automatic_verification\""
    );
    let value: super::models::AccountBaseVerificationStatus = ::serde_json::from_str(
            "\"pending_manual_verification\"",
        )
        .unwrap();
    assert_eq!(
        value, super::models::AccountBaseVerificationStatus::PendingManualVerification
    );
    assert_eq!(
        ::serde_json::to_string(& value).unwrap(), "\"pending_manual_verification\""
    );
    let value: super::models::AccountBaseVerificationStatus = ::serde_json::from_str(
            "\"manually_verified\"",
        )
        .unwrap();
    assert_eq!(value, super::models::AccountBaseVerificationStatus::ManuallyVerified);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"manually_verified\"");
    let value: super::models::AccountBaseVerificationStatus = ::serde_json::from_str(
            "\"verification_expired\"",
        )
        .unwrap();
    assert_eq!(value, super::models::AccountBaseVerificationStatus::VerificationExpired);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"verification_expired\"");
    let value: super::models::AccountBaseVerificationStatus = ::serde_json::from_str(
            "\"verification_failed\"",
        )
        .unwrap();
    assert_eq!(value, super::models::AccountBaseVerificationStatus::VerificationFailed);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"verification_failed\"");
    let unknown: super::models::AccountBaseVerificationStatus = ::serde_json::from_str(
            "\"value added later\"",
        )
        .unwrap();
    assert_eq!(
        unknown,
        super::models::AccountBaseVerificationStatus::Unrecognized("value added later"
        .to_owned())
    );
    assert_eq!(::serde_json::to_string(& unknown).unwrap(), "\"value added later\"");
}
#[test]
fn account_subtype_wire_values() {
    let value: super::models::AccountSubtype = ::serde_json::from_str("\"401a\"")
        .unwrap();
    assert_eq!(value, super::models::AccountSubtype::FourHundredAndOnea);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"401a\"");
    let value: super::models::AccountSubtype = ::serde_json::from_str("\"401k\"")
        .unwrap();
    assert_eq!(value, super::models::AccountSubtype::FourHundredAndOnek);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"401k\"");
    let value: super::models::AccountSubtype = ::serde_json::from_str("\"403B\"")
        .unwrap();
    assert_eq!(value, super::models::AccountSubtype::FourHundredAndThreeB);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"403B\"");
    let value: super::models::AccountSubtype = ::serde_json::from_str("\"457b\"")
        .unwrap();
    assert_eq!(value, super::models::AccountSubtype::FourHundredAndFiftySevenb);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"457b\"");
    let value: super::models::AccountSubtype = ::serde_json::from_str("\"529\"")
        .unwrap();
    assert_eq!(value, super::models::AccountSubtype::FiveHundredAndTwentyNine);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"529\"");
    let value: super::models::AccountSubtype = ::serde_json::from_str("\"brokerage\"")
        .unwrap();
    assert_eq!(value, super::models::AccountSubtype::Brokerage);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"brokerage\"");
    let value: super::models::AccountSubtype = ::serde_json::from_str("\"cash isa\"")
        .unwrap();
    assert_eq!(value, super::models::AccountSubtype::CashIsa);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"cash isa\"");
    let value: super::models::AccountSubtype = ::serde_json::from_str(
            "\"crypto exchange\"",
        )
        .unwrap();
    assert_eq!(value, super::models::AccountSubtype::CryptoExchange);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"crypto exchange\"");
    let value: super::models::AccountSubtype = ::serde_json::from_str(
            "\"education savings account\"",
        )
        .unwrap();
    assert_eq!(value, super::models::AccountSubtype::EducationSavingsAccount);
    assert_eq!(
        ::serde_json::to_string(& value).unwrap(), "\"education savings account\""
    );
    let value: super::models::AccountSubtype = ::serde_json::from_str("\"ebt\"")
        .unwrap();
    assert_eq!(value, super::models::AccountSubtype::Ebt);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"ebt\"");
    let value: super::models::AccountSubtype = ::serde_json::from_str(
            "\"fixed annuity\"",
        )
        .unwrap();
    assert_eq!(value, super::models::AccountSubtype::FixedAnnuity);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"fixed annuity\"");
    let value: super::models::AccountSubtype = ::serde_json::from_str("\"gic\"")
        .unwrap();
    assert_eq!(value, super::models::AccountSubtype::Gic);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"gic\"");
    let value: super::models::AccountSubtype = ::serde_json::from_str(
            "\"health reimbursement arrangement\"",
        )
        .unwrap();
    assert_eq!(value, super::models::AccountSubtype::HealthReimbursementArrangement);
    assert_eq!(
        ::serde_json::to_string(& value).unwrap(), "\"health reimbursement arrangement\""
    );
    let value: super::models::AccountSubtype = ::serde_json::from_str("\"hsa\"")
        .unwrap();
    assert_eq!(value, super::models::AccountSubtype::Hsa);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"hsa\"");
    let value: super::models::AccountSubtype = ::serde_json::from_str("\"isa\"")
        .unwrap();
    assert_eq!(value, super::models::AccountSubtype::Isa);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"isa\"");
    let value: super::models::AccountSubtype = ::serde_json::from_str("\"ira\"")
        .unwrap();
    assert_eq!(value, super::models::AccountSubtype::Ira);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"ira\"");
    let value: super::models::AccountSubtype = ::serde_json::from_str("\"lif\"")
        .unwrap();
    assert_eq!(value, super::models::AccountSubtype::Lif);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"lif\"");
    let value: super::models::AccountSubtype = ::serde_json::from_str(
            "\"life insurance\"",
        )
        .unwrap();
    assert_eq!(value, super::models::AccountSubtype::LifeInsurance);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"life insurance\"");
    let value: super::models::AccountSubtype = ::serde_json::from_str("\"lira\"")
        .unwrap();
    assert_eq!(value, super::models::AccountSubtype::Lira);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"lira\"");
    let value: super::models::AccountSubtype = ::serde_json::from_str("\"lrif\"")
        .unwrap();
    assert_eq!(value, super::models::AccountSubtype::Lrif);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"lrif\"");
    let value: super::models::AccountSubtype = ::serde_json::from_str("\"lrsp\"")
        .unwrap();
    assert_eq!(value, super::models::AccountSubtype::Lrsp);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"lrsp\"");
    let value: super::models::AccountSubtype = ::serde_json::from_str(
            "\"non-custodial wallet\"",
        )
        .unwrap();
    assert_eq!(value, super::models::AccountSubtype::NonCustodialWallet);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"non-custodial wallet\"");
    let value: super::models::AccountSubtype = ::serde_json::from_str(
            "\"non-taxable brokerage account\"",
        )
        .unwrap();
    assert_eq!(value, super::models::AccountSubtype::NonTaxableBrokerageAccount);
    assert_eq!(
        ::serde_json::to_string(& value).unwrap(), "\"non-taxable brokerage account\""
    );
    let value: super::models::AccountSubtype = ::serde_json::from_str("\"other\"")
        .unwrap();
    assert_eq!(value, super::models::AccountSubtype::Other);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"other\"");
    let value: super::models::AccountSubtype = ::serde_json::from_str(
            "\"other insurance\"",
        )
        .unwrap();
    assert_eq!(value, super::models::AccountSubtype::OtherInsurance);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"other insurance\"");
    let value: super::models::AccountSubtype = ::serde_json::from_str(
            "\"other annuity\"",
        )
        .unwrap();
    assert_eq!(value, super::models::AccountSubtype::OtherAnnuity);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"other annuity\"");
    let value: super::models::AccountSubtype = ::serde_json::from_str("\"prif\"")
        .unwrap();
    assert_eq!(value, super::models::AccountSubtype::Prif);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"prif\"");
    let value: super::models::AccountSubtype = ::serde_json::from_str("\"rdsp\"")
        .unwrap();
    assert_eq!(value, super::models::AccountSubtype::Rdsp);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"rdsp\"");
    let value: super::models::AccountSubtype = ::serde_json::from_str("\"resp\"")
        .unwrap();
    assert_eq!(value, super::models::AccountSubtype::Resp);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"resp\"");
    let value: super::models::AccountSubtype = ::serde_json::from_str("\"rlif\"")
        .unwrap();
    assert_eq!(value, super::models::AccountSubtype::Rlif);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"rlif\"");
    let value: super::models::AccountSubtype = ::serde_json::from_str("\"rrif\"")
        .unwrap();
    assert_eq!(value, super::models::AccountSubtype::Rrif);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"rrif\"");
    let value: super::models::AccountSubtype = ::serde_json::from_str("\"pension\"")
        .unwrap();
    assert_eq!(value, super::models::AccountSubtype::Pension);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"pension\"");
    let value: super::models::AccountSubtype = ::serde_json::from_str(
            "\"profit sharing plan\"",
        )
        .unwrap();
    assert_eq!(value, super::models::AccountSubtype::ProfitSharingPlan);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"profit sharing plan\"");
    let value: super::models::AccountSubtype = ::serde_json::from_str("\"retirement\"")
        .unwrap();
    assert_eq!(value, super::models::AccountSubtype::Retirement);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"retirement\"");
    let value: super::models::AccountSubtype = ::serde_json::from_str("\"roth\"")
        .unwrap();
    assert_eq!(value, super::models::AccountSubtype::Roth);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"roth\"");
    let value: super::models::AccountSubtype = ::serde_json::from_str("\"roth 401k\"")
        .unwrap();
    assert_eq!(value, super::models::AccountSubtype::Roth401k);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"roth 401k\"");
    let value: super::models::AccountSubtype = ::serde_json::from_str("\"rrsp\"")
        .unwrap();
    assert_eq!(value, super::models::AccountSubtype::Rrsp);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"rrsp\"");
    let value: super::models::AccountSubtype = ::serde_json::from_str("\"sep ira\"")
        .unwrap();
    assert_eq!(value, super::models::AccountSubtype::SepIra);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"sep ira\"");
    let value: super::models::AccountSubtype = ::serde_json::from_str("\"simple ira\"")
        .unwrap();
    assert_eq!(value, super::models::AccountSubtype::SimpleIra);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"simple ira\"");
    let value: super::models::AccountSubtype = ::serde_json::from_str("\"sipp\"")
        .unwrap();
    assert_eq!(value, super::models::AccountSubtype::Sipp);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"sipp\"");
    let value: super::models::AccountSubtype = ::serde_json::from_str("\"stock plan\"")
        .unwrap();
    assert_eq!(value, super::models::AccountSubtype::StockPlan);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"stock plan\"");
    let value: super::models::AccountSubtype = ::serde_json::from_str(
            "\"thrift savings plan\"",
        )
        .unwrap();
    assert_eq!(value, super::models::AccountSubtype::ThriftSavingsPlan);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"thrift savings plan\"");
    let value: super::models::AccountSubtype = ::serde_json::from_str("\"tfsa\"")
        .unwrap();
    assert_eq!(value, super::models::AccountSubtype::Tfsa);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"tfsa\"");
    let value: super::models::AccountSubtype = ::serde_json::from_str("\"trust\"")
        .unwrap();
    assert_eq!(value, super::models::AccountSubtype::Trust);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"trust\"");
    let value: super::models::AccountSubtype = ::serde_json::from_str("\"ugma\"")
        .unwrap();
    assert_eq!(value, super::models::AccountSubtype::Ugma);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"ugma\"");
    let value: super::models::AccountSubtype = ::serde_json::from_str("\"utma\"")
        .unwrap();
    assert_eq!(value, super::models::AccountSubtype::Utma);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"utma\"");
    let value: super::models::AccountSubtype = ::serde_json::from_str(
            "\"variable annuity\"",
        )
        .unwrap();
    assert_eq!(value, super::models::AccountSubtype::VariableAnnuity);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"variable annuity\"");
    let value: super::models::AccountSubtype = ::serde_json::from_str("\"credit card\"")
        .unwrap();
    assert_eq!(value, super::models::AccountSubtype::CreditCard);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"credit card\"");
    let value: super::models::AccountSubtype = ::serde_json::from_str("\"paypal\"")
        .unwrap();
    assert_eq!(value, super::models::AccountSubtype::Paypal);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"paypal\"");
    let value: super::models::AccountSubtype = ::serde_json::from_str("\"cd\"").unwrap();
    assert_eq!(value, super::models::AccountSubtype::Cd);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"cd\"");
    let value: super::models::AccountSubtype = ::serde_json::from_str("\"checking\"")
        .unwrap();
    assert_eq!(value, super::models::AccountSubtype::Checking);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"checking\"");
    let value: super::models::AccountSubtype = ::serde_json::from_str("\"savings\"")
        .unwrap();
    assert_eq!(value, super::models::AccountSubtype::Savings);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"savings\"");
    let value: super::models::AccountSubtype = ::serde_json::from_str("\"money market\"")
        .unwrap();
    assert_eq!(value, super::models::AccountSubtype::MoneyMarket);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"money market\"");
    let value: super::models::AccountSubtype = ::serde_json::from_str("\"prepaid\"")
        .unwrap();
    assert_eq!(value, super::models::AccountSubtype::Prepaid);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"prepaid\"");
    let value: super::models::AccountSubtype = ::serde_json::from_str("\"auto\"")
        .unwrap();
    assert_eq!(value, super::models::AccountSubtype::Auto);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"auto\"");
    let value: super::models::AccountSubtype = ::serde_json::from_str("\"business\"")
        .unwrap();
    assert_eq!(value, super::models::AccountSubtype::Business);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"business\"");
    let value: super::models::AccountSubtype = ::serde_json::from_str("\"commercial\"")
        .unwrap();
    assert_eq!(value, super::models::AccountSubtype::Commercial);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"commercial\"");
    let value: super::models::AccountSubtype = ::serde_json::from_str("\"construction\"")
        .unwrap();
    assert_eq!(value, super::models::AccountSubtype::Construction);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"construction\"");
    let value: super::models::AccountSubtype = ::serde_json::from_str("\"consumer\"")
        .unwrap();
    assert_eq!(value, super::models::AccountSubtype::Consumer);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"consumer\"");
    let value: super::models::AccountSubtype = ::serde_json::from_str("\"home equity\"")
        .unwrap();
    assert_eq!(value, super::models::AccountSubtype::HomeEquity);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"home equity\"");
    let value: super::models::AccountSubtype = ::serde_json::from_str("\"loan\"")
        .unwrap();
    assert_eq!(value, super::models::AccountSubtype::Loan);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"loan\"");
    let value: super::models::AccountSubtype = ::serde_json::from_str("\"mortgage\"")
        .unwrap();
    assert_eq!(value, super::models::AccountSubtype::Mortgage);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"mortgage\"");
    let value: super::models::AccountSubtype = ::serde_json::from_str("\"overdraft\"")
        .unwrap();
    assert_eq!(value, super::models::AccountSubtype::Overdraft);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"overdraft\"");
    let value: super::models::AccountSubtype = ::serde_json::from_str(
            "\"line of credit\"",
        )
        .unwrap();
    assert_eq!(value, super::models::AccountSubtype::LineOfCredit);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"line of credit\"");
    let value: super::models::AccountSubtype = ::serde_json::from_str("\"student\"")
        .unwrap();
    assert_eq!(value, super::models::AccountSubtype::Student);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"student\"");
    let value: super::models::AccountSubtype = ::serde_json::from_str(
            "\"cash management\"",
        )
        .unwrap();
    assert_eq!(value, super::models::AccountSubtype::CashManagement);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"cash management\"");
    let value: super::models::AccountSubtype = ::serde_json::from_str("\"keogh\"")
        .unwrap();
    assert_eq!(value, super::models::AccountSubtype::Keogh);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"keogh\"");
    let value: super::models::AccountSubtype = ::serde_json::from_str("\"mutual fund\"")
        .unwrap();
    assert_eq!(value, super::models::AccountSubtype::MutualFund);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"mutual fund\"");
    let value: super::models::AccountSubtype = ::serde_json::from_str("\"recurring\"")
        .unwrap();
    assert_eq!(value, super::models::AccountSubtype::Recurring);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"recurring\"");
    let value: super::models::AccountSubtype = ::serde_json::from_str("\"rewards\"")
        .unwrap();
    assert_eq!(value, super::models::AccountSubtype::Rewards);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"rewards\"");
    let value: super::models::AccountSubtype = ::serde_json::from_str("\"safe deposit\"")
        .unwrap();
    assert_eq!(value, super::models::AccountSubtype::SafeDeposit);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"safe deposit\"");
    let value: super::models::AccountSubtype = ::serde_json::from_str("\"sarsep\"")
        .unwrap();
    assert_eq!(value, super::models::AccountSubtype::Sarsep);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"sarsep\"");
    let value: super::models::AccountSubtype = ::serde_json::from_str("\"payroll\"")
        .unwrap();
    assert_eq!(value, super::models::AccountSubtype::Payroll);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"payroll\"");
    let unknown: super::models::AccountSubtype = ::serde_json::from_str(
            "\"value added later\"",
        )
        .unwrap();
    assert_eq!(
        unknown, super::models::AccountSubtype::Unrecognized("value added later"
        .to_owned())
    );
    assert_eq!(::serde_json::to_string(& unknown).unwrap(), "\"value added later\"");
}
#[test]
fn account_type_wire_values() {
    let value: super::models::AccountType = ::serde_json::from_str("\"investment\"")
        .unwrap();
    assert_eq!(value, super::models::AccountType::Investment);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"investment\"");
    let value: super::models::AccountType = ::serde_json::from_str("\"credit\"")
        .unwrap();
    assert_eq!(value, super::models::AccountType::Credit);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"credit\"");
    let value: super::models::AccountType = ::serde_json::from_str("\"depository\"")
        .unwrap();
    assert_eq!(value, super::models::AccountType::Depository);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"depository\"");
    let value: super::models::AccountType = ::serde_json::from_str("\"loan\"").unwrap();
    assert_eq!(value, super::models::AccountType::Loan);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"loan\"");
    let value: super::models::AccountType = ::serde_json::from_str("\"brokerage\"")
        .unwrap();
    assert_eq!(value, super::models::AccountType::Brokerage);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"brokerage\"");
    let value: super::models::AccountType = ::serde_json::from_str("\"other\"").unwrap();
    assert_eq!(value, super::models::AccountType::Other);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"other\"");
    let unknown: super::models::AccountType = ::serde_json::from_str(
            "\"value added later\"",
        )
        .unwrap();
    assert_eq!(
        unknown, super::models::AccountType::Unrecognized("value added later".to_owned())
    );
    assert_eq!(::serde_json::to_string(& unknown).unwrap(), "\"value added later\"");
}
#[test]
fn country_code_wire_values() {
    let value: super::models::CountryCode = ::serde_json::from_str("\"US\"").unwrap();
    assert_eq!(value, super::models::CountryCode::Us);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"US\"");
    let value: super::models::CountryCode = ::serde_json::from_str("\"GB\"").unwrap();
    assert_eq!(value, super::models::CountryCode::Gb);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"GB\"");
    let value: super::models::CountryCode = ::serde_json::from_str("\"ES\"").unwrap();
    assert_eq!(value, super::models::CountryCode::Es);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"ES\"");
    let value: super::models::CountryCode = ::serde_json::from_str("\"NL\"").unwrap();
    assert_eq!(value, super::models::CountryCode::Nl);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"NL\"");
    let value: super::models::CountryCode = ::serde_json::from_str("\"FR\"").unwrap();
    assert_eq!(value, super::models::CountryCode::Fr);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"FR\"");
    let value: super::models::CountryCode = ::serde_json::from_str("\"IE\"").unwrap();
    assert_eq!(value, super::models::CountryCode::Ie);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"IE\"");
    let value: super::models::CountryCode = ::serde_json::from_str("\"CA\"").unwrap();
    assert_eq!(value, super::models::CountryCode::Ca);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"CA\"");
    let value: super::models::CountryCode = ::serde_json::from_str("\"DE\"").unwrap();
    assert_eq!(value, super::models::CountryCode::De);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"DE\"");
    let value: super::models::CountryCode = ::serde_json::from_str("\"IT\"").unwrap();
    assert_eq!(value, super::models::CountryCode::It);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"IT\"");
    let value: super::models::CountryCode = ::serde_json::from_str("\"PL\"").unwrap();
    assert_eq!(value, super::models::CountryCode::Pl);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"PL\"");
    let value: super::models::CountryCode = ::serde_json::from_str("\"DK\"").unwrap();
    assert_eq!(value, super::models::CountryCode::Dk);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"DK\"");
    let value: super::models::CountryCode = ::serde_json::from_str("\"NO\"").unwrap();
    assert_eq!(value, super::models::CountryCode::No);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"NO\"");
    let value: super::models::CountryCode = ::serde_json::from_str("\"SE\"").unwrap();
    assert_eq!(value, super::models::CountryCode::Se);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"SE\"");
    let value: super::models::CountryCode = ::serde_json::from_str("\"EE\"").unwrap();
    assert_eq!(value, super::models::CountryCode::Ee);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"EE\"");
    let value: super::models::CountryCode = ::serde_json::from_str("\"LT\"").unwrap();
    assert_eq!(value, super::models::CountryCode::Lt);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"LT\"");
    let value: super::models::CountryCode = ::serde_json::from_str("\"LV\"").unwrap();
    assert_eq!(value, super::models::CountryCode::Lv);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"LV\"");
    let value: super::models::CountryCode = ::serde_json::from_str("\"PT\"").unwrap();
    assert_eq!(value, super::models::CountryCode::Pt);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"PT\"");
    let unknown: super::models::CountryCode = ::serde_json::from_str(
            "\"value added later\"",
        )
        .unwrap();
    assert_eq!(
        unknown, super::models::CountryCode::Unrecognized("value added later".to_owned())
    );
    assert_eq!(::serde_json::to_string(& unknown).unwrap(), "\"value added later\"");
}
#[test]
fn plaid_error_type_wire_values() {
    let value: super::models::PlaidErrorType = ::serde_json::from_str(
            "\"INVALID_REQUEST\"",
        )
        .unwrap();
    assert_eq!(value, super::models::PlaidErrorType::InvalidRequest);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"INVALID_REQUEST\"");
    let value: super::models::PlaidErrorType = ::serde_json::from_str(
            "\"INVALID_RESULT\"",
        )
        .unwrap();
    assert_eq!(value, super::models::PlaidErrorType::InvalidResult);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"INVALID_RESULT\"");
    let value: super::models::PlaidErrorType = ::serde_json::from_str(
            "\"INVALID_INPUT\"",
        )
        .unwrap();
    assert_eq!(value, super::models::PlaidErrorType::InvalidInput);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"INVALID_INPUT\"");
    let value: super::models::PlaidErrorType = ::serde_json::from_str(
            "\"INSTITUTION_ERROR\"",
        )
        .unwrap();
    assert_eq!(value, super::models::PlaidErrorType::InstitutionError);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"INSTITUTION_ERROR\"");
    let value: super::models::PlaidErrorType = ::serde_json::from_str(
            "\"RATE_LIMIT_EXCEEDED\"",
        )
        .unwrap();
    assert_eq!(value, super::models::PlaidErrorType::RateLimitExceeded);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"RATE_LIMIT_EXCEEDED\"");
    let value: super::models::PlaidErrorType = ::serde_json::from_str("\"API_ERROR\"")
        .unwrap();
    assert_eq!(value, super::models::PlaidErrorType::ApiError);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"API_ERROR\"");
    let value: super::models::PlaidErrorType = ::serde_json::from_str("\"ITEM_ERROR\"")
        .unwrap();
    assert_eq!(value, super::models::PlaidErrorType::ItemError);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"ITEM_ERROR\"");
    let value: super::models::PlaidErrorType = ::serde_json::from_str(
            "\"ASSET_REPORT_ERROR\"",
        )
        .unwrap();
    assert_eq!(value, super::models::PlaidErrorType::AssetReportError);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"ASSET_REPORT_ERROR\"");
    let value: super::models::PlaidErrorType = ::serde_json::from_str(
            "\"RECAPTCHA_ERROR\"",
        )
        .unwrap();
    assert_eq!(value, super::models::PlaidErrorType::RecaptchaError);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"RECAPTCHA_ERROR\"");
    let value: super::models::PlaidErrorType = ::serde_json::from_str("\"OAUTH_ERROR\"")
        .unwrap();
    assert_eq!(value, super::models::PlaidErrorType::OauthError);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"OAUTH_ERROR\"");
    let value: super::models::PlaidErrorType = ::serde_json::from_str(
            "\"PAYMENT_ERROR\"",
        )
        .unwrap();
    assert_eq!(value, super::models::PlaidErrorType::PaymentError);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"PAYMENT_ERROR\"");
    let value: super::models::PlaidErrorType = ::serde_json::from_str(
            "\"BANK_TRANSFER_ERROR\"",
        )
        .unwrap();
    assert_eq!(value, super::models::PlaidErrorType::BankTransferError);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"BANK_TRANSFER_ERROR\"");
    let value: super::models::PlaidErrorType = ::serde_json::from_str(
            "\"INCOME_VERIFICATION_ERROR\"",
        )
        .unwrap();
    assert_eq!(value, super::models::PlaidErrorType::IncomeVerificationError);
    assert_eq!(
        ::serde_json::to_string(& value).unwrap(), "\"INCOME_VERIFICATION_ERROR\""
    );
    let value: super::models::PlaidErrorType = ::serde_json::from_str(
            "\"MICRODEPOSITS_ERROR\"",
        )
        .unwrap();
    assert_eq!(value, super::models::PlaidErrorType::MicrodepositsError);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"MICRODEPOSITS_ERROR\"");
    let unknown: super::models::PlaidErrorType = ::serde_json::from_str(
            "\"value added later\"",
        )
        .unwrap();
    assert_eq!(
        unknown, super::models::PlaidErrorType::Unrecognized("value added later"
        .to_owned())
    );
    assert_eq!(::serde_json::to_string(& unknown).unwrap(), "\"value added later\"");
}
#[test]
fn processor_wire_values() {
    let value: super::models::Processor = ::serde_json::from_str("\"dwolla\"").unwrap();
    assert_eq!(value, super::models::Processor::Dwolla);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"dwolla\"");
    let value: super::models::Processor = ::serde_json::from_str("\"galileo\"").unwrap();
    assert_eq!(value, super::models::Processor::Galileo);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"galileo\"");
    let value: super::models::Processor = ::serde_json::from_str("\"modern_treasury\"")
        .unwrap();
    assert_eq!(value, super::models::Processor::ModernTreasury);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"modern_treasury\"");
    let value: super::models::Processor = ::serde_json::from_str("\"ocrolus\"").unwrap();
    assert_eq!(value, super::models::Processor::Ocrolus);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"ocrolus\"");
    let value: super::models::Processor = ::serde_json::from_str("\"prime_trust\"")
        .unwrap();
    assert_eq!(value, super::models::Processor::PrimeTrust);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"prime_trust\"");
    let value: super::models::Processor = ::serde_json::from_str("\"vesta\"").unwrap();
    assert_eq!(value, super::models::Processor::Vesta);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"vesta\"");
    let value: super::models::Processor = ::serde_json::from_str("\"drivewealth\"")
        .unwrap();
    assert_eq!(value, super::models::Processor::Drivewealth);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"drivewealth\"");
    let value: super::models::Processor = ::serde_json::from_str("\"vopay\"").unwrap();
    assert_eq!(value, super::models::Processor::Vopay);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"vopay\"");
    let value: super::models::Processor = ::serde_json::from_str("\"achq\"").unwrap();
    assert_eq!(value, super::models::Processor::Achq);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"achq\"");
    let value: super::models::Processor = ::serde_json::from_str("\"check\"").unwrap();
    assert_eq!(value, super::models::Processor::Check);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"check\"");
    let value: super::models::Processor = ::serde_json::from_str("\"checkbook\"")
        .unwrap();
    assert_eq!(value, super::models::Processor::Checkbook);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"checkbook\"");
    let value: super::models::Processor = ::serde_json::from_str("\"circle\"").unwrap();
    assert_eq!(value, super::models::Processor::Circle);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"circle\"");
    let value: super::models::Processor = ::serde_json::from_str("\"sila_money\"")
        .unwrap();
    assert_eq!(value, super::models::Processor::SilaMoney);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"sila_money\"");
    let value: super::models::Processor = ::serde_json::from_str("\"rize\"").unwrap();
    assert_eq!(value, super::models::Processor::Rize);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"rize\"");
    let value: super::models::Processor = ::serde_json::from_str("\"svb_api\"").unwrap();
    assert_eq!(value, super::models::Processor::SvbApi);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"svb_api\"");
    let value: super::models::Processor = ::serde_json::from_str("\"unit\"").unwrap();
    assert_eq!(value, super::models::Processor::Unit);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"unit\"");
    let value: super::models::Processor = ::serde_json::from_str("\"wyre\"").unwrap();
    assert_eq!(value, super::models::Processor::Wyre);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"wyre\"");
    let value: super::models::Processor = ::serde_json::from_str("\"lithic\"").unwrap();
    assert_eq!(value, super::models::Processor::Lithic);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"lithic\"");
    let value: super::models::Processor = ::serde_json::from_str("\"alpaca\"").unwrap();
    assert_eq!(value, super::models::Processor::Alpaca);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"alpaca\"");
    let value: super::models::Processor = ::serde_json::from_str("\"astra\"").unwrap();
    assert_eq!(value, super::models::Processor::Astra);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"astra\"");
    let value: super::models::Processor = ::serde_json::from_str("\"moov\"").unwrap();
    assert_eq!(value, super::models::Processor::Moov);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"moov\"");
    let value: super::models::Processor = ::serde_json::from_str("\"treasury_prime\"")
        .unwrap();
    assert_eq!(value, super::models::Processor::TreasuryPrime);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"treasury_prime\"");
    let value: super::models::Processor = ::serde_json::from_str("\"marqeta\"").unwrap();
    assert_eq!(value, super::models::Processor::Marqeta);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"marqeta\"");
    let value: super::models::Processor = ::serde_json::from_str("\"checkout\"")
        .unwrap();
    assert_eq!(value, super::models::Processor::Checkout);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"checkout\"");
    let value: super::models::Processor = ::serde_json::from_str("\"solid\"").unwrap();
    assert_eq!(value, super::models::Processor::Solid);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"solid\"");
    let value: super::models::Processor = ::serde_json::from_str("\"highnote\"")
        .unwrap();
    assert_eq!(value, super::models::Processor::Highnote);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"highnote\"");
    let value: super::models::Processor = ::serde_json::from_str("\"gemini\"").unwrap();
    assert_eq!(value, super::models::Processor::Gemini);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"gemini\"");
    let value: super::models::Processor = ::serde_json::from_str("\"apex_clearing\"")
        .unwrap();
    assert_eq!(value, super::models::Processor::ApexClearing);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"apex_clearing\"");
    let value: super::models::Processor = ::serde_json::from_str("\"gusto\"").unwrap();
    assert_eq!(value, super::models::Processor::Gusto);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"gusto\"");
    let value: super::models::Processor = ::serde_json::from_str("\"adyen\"").unwrap();
    assert_eq!(value, super::models::Processor::Adyen);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"adyen\"");
    let value: super::models::Processor = ::serde_json::from_str("\"atomic\"").unwrap();
    assert_eq!(value, super::models::Processor::Atomic);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"atomic\"");
    let value: super::models::Processor = ::serde_json::from_str("\"i2c\"").unwrap();
    assert_eq!(value, super::models::Processor::I2c);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"i2c\"");
    let value: super::models::Processor = ::serde_json::from_str("\"wepay\"").unwrap();
    assert_eq!(value, super::models::Processor::Wepay);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"wepay\"");
    let value: super::models::Processor = ::serde_json::from_str("\"riskified\"")
        .unwrap();
    assert_eq!(value, super::models::Processor::Riskified);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"riskified\"");
    let value: super::models::Processor = ::serde_json::from_str("\"utb\"").unwrap();
    assert_eq!(value, super::models::Processor::Utb);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"utb\"");
    let value: super::models::Processor = ::serde_json::from_str("\"adp_roll\"")
        .unwrap();
    assert_eq!(value, super::models::Processor::AdpRoll);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"adp_roll\"");
    let value: super::models::Processor = ::serde_json::from_str("\"fortress_trust\"")
        .unwrap();
    assert_eq!(value, super::models::Processor::FortressTrust);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"fortress_trust\"");
    let value: super::models::Processor = ::serde_json::from_str("\"bond\"").unwrap();
    assert_eq!(value, super::models::Processor::Bond);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"bond\"");
    let value: super::models::Processor = ::serde_json::from_str("\"bakkt\"").unwrap();
    assert_eq!(value, super::models::Processor::Bakkt);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"bakkt\"");
    let value: super::models::Processor = ::serde_json::from_str("\"teal\"").unwrap();
    assert_eq!(value, super::models::Processor::Teal);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"teal\"");
    let unknown: super::models::Processor = ::serde_json::from_str(
            "\"value added later\"",
        )
        .unwrap();
    assert_eq!(
        unknown, super::models::Processor::Unrecognized("value added later".to_owned())
    );
    assert_eq!(::serde_json::to_string(& unknown).unwrap(), "\"value added later\"");
}
#[test]
fn products_wire_values() {
    let value: super::models::Products = ::serde_json::from_str("\"assets\"").unwrap();
    assert_eq!(value, super::models::Products::Assets);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"assets\"");
    let value: super::models::Products = ::serde_json::from_str("\"auth\"").unwrap();
    assert_eq!(value, super::models::Products::Auth);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"auth\"");
    let value: super::models::Products = ::serde_json::from_str("\"balance\"").unwrap();
    assert_eq!(value, super::models::Products::Balance);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"balance\"");
    let value: super::models::Products = ::serde_json::from_str("\"identity\"").unwrap();
    assert_eq!(value, super::models::Products::Identity);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"identity\"");
    let value: super::models::Products = ::serde_json::from_str("\"investments\"")
        .unwrap();
    assert_eq!(value, super::models::Products::Investments);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"investments\"");
    let value: super::models::Products = ::serde_json::from_str("\"investments_auth\"")
        .unwrap();
    assert_eq!(value, super::models::Products::InvestmentsAuth);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"investments_auth\"");
    let value: super::models::Products = ::serde_json::from_str("\"liabilities\"")
        .unwrap();
    assert_eq!(value, super::models::Products::Liabilities);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"liabilities\"");
    let value: super::models::Products = ::serde_json::from_str("\"payment_initiation\"")
        .unwrap();
    assert_eq!(value, super::models::Products::PaymentInitiation);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"payment_initiation\"");
    let value: super::models::Products = ::serde_json::from_str(
            "\"identity_verification\"",
        )
        .unwrap();
    assert_eq!(value, super::models::Products::IdentityVerification);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"identity_verification\"");
    let value: super::models::Products = ::serde_json::from_str("\"transactions\"")
        .unwrap();
    assert_eq!(value, super::models::Products::Transactions);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"transactions\"");
    let value: super::models::Products = ::serde_json::from_str("\"credit_details\"")
        .unwrap();
    assert_eq!(value, super::models::Products::CreditDetails);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"credit_details\"");
    let value: super::models::Products = ::serde_json::from_str("\"income\"").unwrap();
    assert_eq!(value, super::models::Products::Income);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"income\"");
    let value: super::models::Products = ::serde_json::from_str(
            "\"income_verification\"",
        )
        .unwrap();
    assert_eq!(value, super::models::Products::IncomeVerification);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"income_verification\"");
    let value: super::models::Products = ::serde_json::from_str("\"deposit_switch\"")
        .unwrap();
    assert_eq!(value, super::models::Products::DepositSwitch);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"deposit_switch\"");
    let value: super::models::Products = ::serde_json::from_str("\"standing_orders\"")
        .unwrap();
    assert_eq!(value, super::models::Products::StandingOrders);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"standing_orders\"");
    let value: super::models::Products = ::serde_json::from_str("\"transfer\"").unwrap();
    assert_eq!(value, super::models::Products::Transfer);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"transfer\"");
    let value: super::models::Products = ::serde_json::from_str("\"employment\"")
        .unwrap();
    assert_eq!(value, super::models::Products::Employment);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"employment\"");
    let value: super::models::Products = ::serde_json::from_str(
            "\"recurring_transactions\"",
        )
        .unwrap();
    assert_eq!(value, super::models::Products::RecurringTransactions);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"recurring_transactions\"");
    let value: super::models::Products = ::serde_json::from_str("\"signal\"").unwrap();
    assert_eq!(value, super::models::Products::Signal);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"signal\"");
    let value: super::models::Products = ::serde_json::from_str("\"statements\"")
        .unwrap();
    assert_eq!(value, super::models::Products::Statements);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"statements\"");
    let unknown: super::models::Products = ::serde_json::from_str(
            "\"value added later\"",
        )
        .unwrap();
    assert_eq!(
        unknown, super::models::Products::Unrecognized("value added later".to_owned())
    );
    assert_eq!(::serde_json::to_string(& unknown).unwrap(), "\"value added later\"");
}
#[test]
fn update_type_wire_values() {
    let value: super::models::UpdateType = ::serde_json::from_str("\"background\"")
        .unwrap();
    assert_eq!(value, super::models::UpdateType::Background);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"background\"");
    let value: super::models::UpdateType = ::serde_json::from_str(
            "\"user_present_required\"",
        )
        .unwrap();
    assert_eq!(value, super::models::UpdateType::UserPresentRequired);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"user_present_required\"");
    let unknown: super::models::UpdateType = ::serde_json::from_str(
            "\"value added later\"",
        )
        .unwrap();
    assert_eq!(
        unknown, super::models::UpdateType::Unrecognized("value added later".to_owned())
    );
    assert_eq!(::serde_json::to_string(& unknown).unwrap(), "\"value added later\"");
}
