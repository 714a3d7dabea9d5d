// @generated from the examples in specs/plaid/. Do not edit: run `cargo run -p generator -- generate`.

#[test]
fn account_base_verification_status_wire_values() {
    crate::runtime::testing::assert_wire_values(
        &[
            (
                "automatically_verified",
                super::models::AccountBaseVerificationStatus::AutomaticallyVerified,
            ),
            (
                "pending_automatic_verification",
                super::models::AccountBaseVerificationStatus::PendingAutomaticVerification,
            ),
            (
                "pending_manual_verification",
                super::models::AccountBaseVerificationStatus::PendingManualVerification,
            ),
            (
                "manually_verified",
                super::models::AccountBaseVerificationStatus::ManuallyVerified,
            ),
            (
                "verification_expired",
                super::models::AccountBaseVerificationStatus::VerificationExpired,
            ),
            (
                "verification_failed",
                super::models::AccountBaseVerificationStatus::VerificationFailed,
            ),
        ],
        super::models::AccountBaseVerificationStatus::Unrecognized,
    );
}
#[test]
fn account_subtype_wire_values() {
    crate::runtime::testing::assert_wire_values(
        &[
            ("401a", super::models::AccountSubtype::FourHundredAndOnea),
            ("401k", super::models::AccountSubtype::FourHundredAndOnek),
            ("403B", super::models::AccountSubtype::FourHundredAndThreeB),
            ("457b", super::models::AccountSubtype::FourHundredAndFiftySevenb),
            ("529", super::models::AccountSubtype::FiveHundredAndTwentyNine),
            ("brokerage", super::models::AccountSubtype::Brokerage),
            ("cash isa", super::models::AccountSubtype::CashIsa),
            ("crypto exchange", super::models::AccountSubtype::CryptoExchange),
            (
                "education savings account",
                super::models::AccountSubtype::EducationSavingsAccount,
            ),
            ("ebt", super::models::AccountSubtype::Ebt),
            ("fixed annuity", super::models::AccountSubtype::FixedAnnuity),
            ("gic", super::models::AccountSubtype::Gic),
            (
                "health reimbursement arrangement",
                super::models::AccountSubtype::HealthReimbursementArrangement,
            ),
            ("hsa", super::models::AccountSubtype::Hsa),
            ("isa", super::models::AccountSubtype::Isa),
            ("ira", super::models::AccountSubtype::Ira),
            ("lif", super::models::AccountSubtype::Lif),
            ("life insurance", super::models::AccountSubtype::LifeInsurance),
            ("lira", super::models::AccountSubtype::Lira),
            ("lrif", super::models::AccountSubtype::Lrif),
            ("lrsp", super::models::AccountSubtype::Lrsp),
            ("non-custodial wallet", super::models::AccountSubtype::NonCustodialWallet),
            (
                "non-taxable brokerage account",
                super::models::AccountSubtype::NonTaxableBrokerageAccount,
            ),
            ("other", super::models::AccountSubtype::Other),
            ("other insurance", super::models::AccountSubtype::OtherInsurance),
            ("other annuity", super::models::AccountSubtype::OtherAnnuity),
            ("prif", super::models::AccountSubtype::Prif),
            ("rdsp", super::models::AccountSubtype::Rdsp),
            ("resp", super::models::AccountSubtype::Resp),
            ("rlif", super::models::AccountSubtype::Rlif),
            ("rrif", super::models::AccountSubtype::Rrif),
            ("pension", super::models::AccountSubtype::Pension),
            ("profit sharing plan", super::models::AccountSubtype::ProfitSharingPlan),
            ("retirement", super::models::AccountSubtype::Retirement),
            ("roth", super::models::AccountSubtype::Roth),
            ("roth 401k", super::models::AccountSubtype::Roth401k),
            ("rrsp", super::models::AccountSubtype::Rrsp),
            ("sep ira", super::models::AccountSubtype::SepIra),
            ("simple ira", super::models::AccountSubtype::SimpleIra),
            ("sipp", super::models::AccountSubtype::Sipp),
            ("stock plan", super::models::AccountSubtype::StockPlan),
            ("thrift savings plan", super::models::AccountSubtype::ThriftSavingsPlan),
            ("tfsa", super::models::AccountSubtype::Tfsa),
            ("trust", super::models::AccountSubtype::Trust),
            ("ugma", super::models::AccountSubtype::Ugma),
            ("utma", super::models::AccountSubtype::Utma),
            ("variable annuity", super::models::AccountSubtype::VariableAnnuity),
            ("credit card", super::models::AccountSubtype::CreditCard),
            ("paypal", super::models::AccountSubtype::Paypal),
            ("cd", super::models::AccountSubtype::Cd),
            ("checking", super::models::AccountSubtype::Checking),
            ("savings", super::models::AccountSubtype::Savings),
            ("money market", super::models::AccountSubtype::MoneyMarket),
            ("prepaid", super::models::AccountSubtype::Prepaid),
            ("auto", super::models::AccountSubtype::Auto),
            ("business", super::models::AccountSubtype::Business),
            ("commercial", super::models::AccountSubtype::Commercial),
            ("construction", super::models::AccountSubtype::Construction),
            ("consumer", super::models::AccountSubtype::Consumer),
            ("home equity", super::models::AccountSubtype::HomeEquity),
            ("loan", super::models::AccountSubtype::Loan),
            ("mortgage", super::models::AccountSubtype::Mortgage),
            ("overdraft", super::models::AccountSubtype::Overdraft),
            ("line of credit", super::models::AccountSubtype::LineOfCredit),
            ("student", super::models::AccountSubtype::Student),
            ("cash management", super::models::AccountSubtype::CashManagement),
            ("keogh", super::models::AccountSubtype::Keogh),
            ("mutual fund", super::models::AccountSubtype::MutualFund),
            ("recurring", super::models::AccountSubtype::Recurring),
            ("rewards", super::models::AccountSubtype::Rewards),
            ("safe deposit", super::models::AccountSubtype::SafeDeposit),
            ("sarsep", super::models::AccountSubtype::Sarsep),
            ("payroll", super::models::AccountSubtype::Payroll),
        ],
        super::models::AccountSubtype::Unrecognized,
    );
}
#[test]
fn account_type_wire_values() {
    crate::runtime::testing::assert_wire_values(
        &[
            ("investment", super::models::AccountType::Investment),
            ("credit", super::models::AccountType::Credit),
            ("depository", super::models::AccountType::Depository),
            ("loan", super::models::AccountType::Loan),
            ("brokerage", super::models::AccountType::Brokerage),
            ("other", super::models::AccountType::Other),
        ],
        super::models::AccountType::Unrecognized,
    );
}
#[test]
fn country_code_wire_values() {
    crate::runtime::testing::assert_wire_values(
        &[
            ("US", super::models::CountryCode::Us),
            ("GB", super::models::CountryCode::Gb),
            ("ES", super::models::CountryCode::Es),
            ("NL", super::models::CountryCode::Nl),
            ("FR", super::models::CountryCode::Fr),
            ("IE", super::models::CountryCode::Ie),
            ("CA", super::models::CountryCode::Ca),
            ("DE", super::models::CountryCode::De),
            ("IT", super::models::CountryCode::It),
            ("PL", super::models::CountryCode::Pl),
            ("DK", super::models::CountryCode::Dk),
            ("NO", super::models::CountryCode::No),
            ("SE", super::models::CountryCode::Se),
            ("EE", super::models::CountryCode::Ee),
            ("LT", super::models::CountryCode::Lt),
            ("LV", super::models::CountryCode::Lv),
            ("PT", super::models::CountryCode::Pt),
        ],
        super::models::CountryCode::Unrecognized,
    );
}
#[test]
fn plaid_error_type_wire_values() {
    crate::runtime::testing::assert_wire_values(
        &[
            ("INVALID_REQUEST", super::models::PlaidErrorType::InvalidRequest),
            ("INVALID_RESULT", super::models::PlaidErrorType::InvalidResult),
            ("INVALID_INPUT", super::models::PlaidErrorType::InvalidInput),
            ("INSTITUTION_ERROR", super::models::PlaidErrorType::InstitutionError),
            ("RATE_LIMIT_EXCEEDED", super::models::PlaidErrorType::RateLimitExceeded),
            ("API_ERROR", super::models::PlaidErrorType::ApiError),
            ("ITEM_ERROR", super::models::PlaidErrorType::ItemError),
            ("ASSET_REPORT_ERROR", super::models::PlaidErrorType::AssetReportError),
            ("RECAPTCHA_ERROR", super::models::PlaidErrorType::RecaptchaError),
            ("OAUTH_ERROR", super::models::PlaidErrorType::OauthError),
            ("PAYMENT_ERROR", super::models::PlaidErrorType::PaymentError),
            ("BANK_TRANSFER_ERROR", super::models::PlaidErrorType::BankTransferError),
            (
                "INCOME_VERIFICATION_ERROR",
                super::models::PlaidErrorType::IncomeVerificationError,
            ),
            ("MICRODEPOSITS_ERROR", super::models::PlaidErrorType::MicrodepositsError),
        ],
        super::models::PlaidErrorType::Unrecognized,
    );
}
#[test]
fn processor_wire_values() {
    crate::runtime::testing::assert_wire_values(
        &[
            ("dwolla", super::models::Processor::Dwolla),
            ("galileo", super::models::Processor::Galileo),
            ("modern_treasury", super::models::Processor::ModernTreasury),
            ("ocrolus", super::models::Processor::Ocrolus),
            ("prime_trust", super::models::Processor::PrimeTrust),
            ("vesta", super::models::Processor::Vesta),
            ("drivewealth", super::models::Processor::Drivewealth),
            ("vopay", super::models::Processor::Vopay),
            ("achq", super::models::Processor::Achq),
            ("check", super::models::Processor::Check),
            ("checkbook", super::models::Processor::Checkbook),
            ("circle", super::models::Processor::Circle),
            ("sila_money", super::models::Processor::SilaMoney),
            ("rize", super::models::Processor::Rize),
            ("svb_api", super::models::Processor::SvbApi),
            ("unit", super::models::Processor::Unit),
            ("wyre", super::models::Processor::Wyre),
            ("lithic", super::models::Processor::Lithic),
            ("alpaca", super::models::Processor::Alpaca),
            ("astra", super::models::Processor::Astra),
            ("moov", super::models::Processor::Moov),
            ("treasury_prime", super::models::Processor::TreasuryPrime),
            ("marqeta", super::models::Processor::Marqeta),
            ("checkout", super::models::Processor::Checkout),
            ("solid", super::models::Processor::Solid),
            ("highnote", super::models::Processor::Highnote),
            ("gemini", super::models::Processor::Gemini),
            ("apex_clearing", super::models::Processor::ApexClearing),
            ("gusto", super::models::Processor::Gusto),
            ("adyen", super::models::Processor::Adyen),
            ("atomic", super::models::Processor::Atomic),
            ("i2c", super::models::Processor::I2c),
            ("wepay", super::models::Processor::Wepay),
            ("riskified", super::models::Processor::Riskified),
            ("utb", super::models::Processor::Utb),
            ("adp_roll", super::models::Processor::AdpRoll),
            ("fortress_trust", super::models::Processor::FortressTrust),
            ("bond", super::models::Processor::Bond),
            ("bakkt", super::models::Processor::Bakkt),
            ("teal", super::models::Processor::Teal),
        ],
        super::models::Processor::Unrecognized,
    );
}
#[test]
fn products_wire_values() {
    crate::runtime::testing::assert_wire_values(
        &[
            ("assets", super::models::Products::Assets),
            ("auth", super::models::Products::Auth),
            ("balance", super::models::Products::Balance),
            ("identity", super::models::Products::Identity),
            ("investments", super::models::Products::Investments),
            ("investments_auth", super::models::Products::InvestmentsAuth),
            ("liabilities", super::models::Products::Liabilities),
            ("payment_initiation", super::models::Products::PaymentInitiation),
            ("identity_verification", super::models::Products::IdentityVerification),
            ("transactions", super::models::Products::Transactions),
            ("credit_details", super::models::Products::CreditDetails),
            ("income", super::models::Products::Income),
            ("income_verification", super::models::Products::IncomeVerification),
            ("deposit_switch", super::models::Products::DepositSwitch),
            ("standing_orders", super::models::Products::StandingOrders),
            ("transfer", super::models::Products::Transfer),
            ("employment", super::models::Products::Employment),
            ("recurring_transactions", super::models::Products::RecurringTransactions),
            ("signal", super::models::Products::Signal),
            ("statements", super::models::Products::Statements),
        ],
        super::models::Products::Unrecognized,
    );
}
#[test]
fn update_type_wire_values() {
    crate::runtime::testing::assert_wire_values(
        &[
            ("background", super::models::UpdateType::Background),
            ("user_present_required", super::models::UpdateType::UserPresentRequired),
        ],
        super::models::UpdateType::Unrecognized,
    );
}
#[test]
fn debug_shows_no_secret() {
    fn check(model: &str, value: &dyn std::fmt::Debug) {
        let debug = format!("{value:?}");
        assert!(
            ! debug.contains("sekrit-7f3a9c"), "Debug of {model} shows a secret: {debug}"
        );
        assert!(
            debug.contains("<redacted>"), "Debug of {model} redacts nothing: {debug}"
        );
    }
    check(
        "AccountsGetRequest",
        &super::models::AccountsGetRequest {
            access_token: String::from("sekrit-7f3a9c"),
            client_id: None,
            secret: Some(String::from("sekrit-7f3a9c")),
            options: None,
        },
    );
    check(
        "InstitutionsGetRequest",
        &super::models::InstitutionsGetRequest {
            count: 0,
            offset: 0,
            country_codes: Default::default(),
            client_id: None,
            secret: Some(String::from("sekrit-7f3a9c")),
        },
    );
    check(
        "ItemPublicTokenExchangeRequest",
        &super::models::ItemPublicTokenExchangeRequest {
            public_token: String::from("sekrit-7f3a9c"),
            client_id: None,
            secret: Some(String::from("sekrit-7f3a9c")),
        },
    );
    check(
        "ItemPublicTokenExchangeResponse",
        &super::models::ItemPublicTokenExchangeResponse {
            access_token: String::from("sekrit-7f3a9c"),
            item_id: String::from("plain"),
            request_id: String::from("plain"),
            additional_properties: Default::default(),
        },
    );
    check(
        "ItemRemoveRequest",
        &super::models::ItemRemoveRequest {
            access_token: String::from("sekrit-7f3a9c"),
            client_id: None,
            secret: Some(String::from("sekrit-7f3a9c")),
        },
    );
    check(
        "LinkTokenCreateRequest",
        &super::models::LinkTokenCreateRequest {
            client_name: String::from("plain"),
            language: String::from("plain"),
            country_codes: Default::default(),
            user: super::models::LinkTokenCreateRequestUser {
                client_user_id: String::from("plain"),
                legal_name: None,
                phone_number: None,
                email_address: None,
                date_of_birth: None,
            },
            client_id: None,
            secret: Some(String::from("sekrit-7f3a9c")),
            products: None,
            additional_consented_products: None,
            webhook: None,
            access_token: Some(String::from("sekrit-7f3a9c")),
            link_customization_name: None,
            redirect_uri: None,
            android_package_name: None,
            institution_id: None,
            user_token: Some(String::from("sekrit-7f3a9c")),
        },
    );
    check(
        "LinkTokenCreateResponse",
        &super::models::LinkTokenCreateResponse {
            link_token: String::from("sekrit-7f3a9c"),
            expiration: Default::default(),
            request_id: String::from("plain"),
            hosted_link_url: None,
            additional_properties: Default::default(),
        },
    );
    check(
        "LinkTokenGetRequest",
        &super::models::LinkTokenGetRequest {
            link_token: String::from("sekrit-7f3a9c"),
            client_id: None,
            secret: Some(String::from("sekrit-7f3a9c")),
        },
    );
    check(
        "LinkTokenGetResponse",
        &super::models::LinkTokenGetResponse {
            link_token: String::from("sekrit-7f3a9c"),
            created_at: None,
            expiration: None,
            metadata: super::models::LinkTokenGetMetadataResponse {
                initial_products: Default::default(),
                webhook: None,
                country_codes: Default::default(),
                language: None,
                redirect_uri: None,
                client_name: None,
                additional_properties: Default::default(),
            },
            request_id: String::from("plain"),
            additional_properties: Default::default(),
        },
    );
    check(
        "ProcessorTokenCreateRequest",
        &super::models::ProcessorTokenCreateRequest {
            access_token: String::from("sekrit-7f3a9c"),
            account_id: String::from("plain"),
            processor: super::models::Processor::Unrecognized(String::new()),
            client_id: None,
            secret: Some(String::from("sekrit-7f3a9c")),
        },
    );
    check(
        "ProcessorTokenCreateResponse",
        &super::models::ProcessorTokenCreateResponse {
            processor_token: String::from("sekrit-7f3a9c"),
            request_id: String::from("plain"),
            additional_properties: Default::default(),
        },
    );
    check(
        "SandboxPublicTokenCreateRequest",
        &super::models::SandboxPublicTokenCreateRequest {
            institution_id: String::from("plain"),
            initial_products: Default::default(),
            client_id: None,
            secret: Some(String::from("sekrit-7f3a9c")),
            user_token: Some(String::from("sekrit-7f3a9c")),
        },
    );
    check(
        "SandboxPublicTokenCreateResponse",
        &super::models::SandboxPublicTokenCreateResponse {
            public_token: String::from("sekrit-7f3a9c"),
            request_id: String::from("plain"),
            additional_properties: Default::default(),
        },
    );
    check(
        "TransactionsSyncRequest",
        &super::models::TransactionsSyncRequest {
            access_token: String::from("sekrit-7f3a9c"),
            client_id: None,
            cursor: None,
            count: None,
            secret: Some(String::from("sekrit-7f3a9c")),
        },
    );
}
