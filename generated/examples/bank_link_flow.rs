//! Links a bank account with Plaid and moves money from it with Dwolla, end to end:
//!
//! 1. Plaid (sandbox): create a test Item's public token, exchange it for an access token,
//!    list the accounts and pick a checking or savings account.
//! 2. Plaid: create a processor token for Dwolla for that account.
//! 3. Dwolla: create an unverified customer (the client fetches and renews its OAuth token by
//!    itself), attach the bank account as a funding source from the processor token, pull a
//!    payment from it into your own funding source with an `Idempotency-Key`, and read the
//!    transfer back.
//!
//! Run it with `cargo run -p generated --example bank_link_flow`. It reads:
//!
//! - `PLAID_CLIENT_ID` (required): your Plaid client ID.
//! - `PLAID_SECRET` (required): your Plaid sandbox secret.
//! - `PLAID_BASE_URL` (optional): Plaid's base URL; default `https://sandbox.plaid.com`.
//! - `DWOLLA_CLIENT_ID` (required): your Dwolla application key.
//! - `DWOLLA_CLIENT_SECRET` (required): your Dwolla application secret.
//! - `DWOLLA_BASE_URL` (optional): Dwolla's base URL; default `https://api-sandbox.dwolla.com`.
//! - `DWOLLA_DESTINATION_FUNDING_SOURCE` (required): the URL of the funding source the payment
//!   goes to, one of your Dwolla main account's
//!   (`https://api-sandbox.dwolla.com/funding-sources/<id>`). The generated client has no
//!   operation that lists them, so it cannot be looked up here.
//! - `TRANSFER_AMOUNT` (optional): the amount in USD; default `10.00`.
//!
//! The flow itself is [`run`], which takes a [`Config`] so that it can be pointed at any
//! server (the workspace tests run it against a local fake of both APIs).

use generated::dwolla::models as dm;
use generated::plaid::models as pm;
use generated::{dwolla, plaid};

/// Plaid's First Platypus Bank, a sandbox institution that supports Auth.
pub const SANDBOX_INSTITUTION: &str = "ins_109508";

/// Everything the flow needs to know.
#[derive(Clone, Debug)]
pub struct Config {
    pub plaid_environment: plaid::Environment,
    pub plaid_credentials: plaid::Credentials,
    pub dwolla_environment: dwolla::Environment,
    pub dwolla_credentials: dwolla::Credentials,
    /// Where the payment goes: the URL of a funding source of your Dwolla main account.
    pub destination_funding_source: String,
    /// The customer Dwolla creates (the email has to be unique within your application).
    pub first_name: String,
    pub last_name: String,
    pub email: String,
    /// The amount, in USD, as Dwolla writes it (`"10.00"`).
    pub amount: String,
}

impl Config {
    /// Reads the configuration from the environment variables listed at the top of this file.
    pub fn from_env() -> Result<Config, Box<dyn std::error::Error>> {
        fn required(name: &str) -> Result<String, Box<dyn std::error::Error>> {
            std::env::var(name)
                .map_err(|_| format!("set {name} (see the top of bank_link_flow.rs)").into())
        }
        let plaid_environment = match std::env::var("PLAID_BASE_URL") {
            Ok(url) => plaid::Environment::Custom(url.parse()?),
            Err(_) => plaid::Environment::Sandbox,
        };
        let dwolla_environment = match std::env::var("DWOLLA_BASE_URL") {
            Ok(url) => dwolla::Environment::Custom(url.parse()?),
            Err(_) => dwolla::Environment::Sandbox,
        };
        // Dwolla refuses a second customer with the same email: make one per run.
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)?
            .as_secs();
        Ok(Config {
            plaid_environment,
            plaid_credentials: plaid::Credentials::new(
                required("PLAID_CLIENT_ID")?,
                required("PLAID_SECRET")?,
            ),
            dwolla_environment,
            dwolla_credentials: dwolla::Credentials::new(
                required("DWOLLA_CLIENT_ID")?,
                required("DWOLLA_CLIENT_SECRET")?,
            ),
            destination_funding_source: required("DWOLLA_DESTINATION_FUNDING_SOURCE")?,
            first_name: "Jane".into(),
            last_name: "Merchant".into(),
            email: format!("jane.merchant+{now}@example.com"),
            amount: std::env::var("TRANSFER_AMOUNT").unwrap_or_else(|_| "10.00".into()),
        })
    }
}

/// What the flow created.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Summary {
    pub item_id: String,
    pub account_id: String,
    pub account_name: String,
    pub processor_token: String,
    pub customer_url: String,
    pub funding_source_url: String,
    pub transfer_url: String,
    pub transfer_status: Option<String>,
}

/// Runs the whole flow and says what it created.
pub async fn run(config: Config) -> Result<Summary, Box<dyn std::error::Error>> {
    // Every call has time limits and retries by default; these make them explicit. Each call
    // can override them (`.timeout(...)`, `.retry(...)` before `.await`).
    let plaid = plaid::Client::new(config.plaid_environment, config.plaid_credentials)
        .with_timeout(std::time::Duration::from_secs(30))
        .with_retry(generated::RetryPolicy::standard().with_max_attempts(3));

    // 1. A public token for a sandbox Item (in production, Link hands it to your front end).
    let public_token = plaid
        .sandbox_public_token_create(&pm::SandboxPublicTokenCreateRequest::new(
            SANDBOX_INSTITUTION,
            vec![pm::Products::Auth],
        ))
        .await
        .map_err(|e| context("Plaid /sandbox/public_token/create", e))?
        .public_token;

    // 2. Exchange it for the long-lived access token.
    let exchanged = plaid
        .item_public_token_exchange(&pm::ItemPublicTokenExchangeRequest::new(public_token))
        .await
        .map_err(|e| context("Plaid /item/public_token/exchange", e))?;

    // 3. Pick a checking or savings account of the Item.
    let accounts = plaid
        .accounts_get(&pm::AccountsGetRequest::new(exchanged.access_token.clone()))
        .await
        .map_err(|e| context("Plaid /accounts/get", e))?
        .accounts;
    let (account, bank_account_type) = accounts
        .into_iter()
        .find_map(|account| {
            let kind = match account.subtype {
                Some(pm::AccountSubtype::Checking) => {
                    dm::CreateCustomerBankFundingSourceWithPlaidBankAccountType::Checking
                }
                Some(pm::AccountSubtype::Savings) => {
                    dm::CreateCustomerBankFundingSourceWithPlaidBankAccountType::Savings
                }
                _ => return None,
            };
            Some((account, kind))
        })
        .ok_or("the Item has no checking or savings account")?;

    // 4. A processor token that lets Dwolla use that account.
    let processor_token = plaid
        .processor_token_create(&pm::ProcessorTokenCreateRequest::new(
            exchanged.access_token,
            account.account_id.clone(),
            pm::Processor::Dwolla,
        ))
        .await
        .map_err(|e| context("Plaid /processor/token/create", e))?
        .processor_token;

    // 5. Dwolla: the client gets its OAuth token from /token on the first call and reuses it.
    // The Dwolla client fetches its OAuth token itself and gives every POST an
    // `Idempotency-Key` (the same on each retry) unless the request carries its own.
    let dwolla = dwolla::Client::new(config.dwolla_environment, config.dwolla_credentials)
        .with_timeout(std::time::Duration::from_secs(30));

    let customer =
        dm::CreateUnverifiedCustomer::new(config.first_name, config.last_name, config.email);
    let customer_url = dwolla
        .create_customer(&customer.into())
        .await
        .map_err(|e| context("Dwolla POST /customers", e))?;
    let customer_id = created_id(&customer_url)?;

    // 6. The bank account as the customer's funding source, verified by Plaid already.
    let funding_source = dm::CreateCustomerBankFundingSourceWithPlaid::new(
        processor_token.clone(),
        bank_account_type,
        account.name.clone(),
    );
    let funding_source_url = dwolla
        .create_customer_funding_source(&dm::CreateCustomerFundingSourceRequest::new(
            customer_id,
            funding_source.into(),
        ))
        .await
        .map_err(|e| context("Dwolla POST /customers/{id}/funding-sources", e))?;

    // 7. Pull the payment from the customer's bank. The idempotency key makes a retry of this
    //    request (after a timeout, say) return the same transfer instead of a second one.
    let links = dm::InitiateTransferLinks::new()
        .with_source(
            dm::InitiateTransferLinksSource::new().with_href(funding_source_url.to_string()),
        )
        .with_destination(
            dm::InitiateTransferLinksDestination::new()
                .with_href(config.destination_funding_source),
        );
    let mut transfer = dm::InitiateTransferRequest::new(dm::InitiateTransferRequestBody::new(
        links,
        dm::TransferAmount::new(config.amount, "USD"),
    ));
    transfer.idempotency_key = Some(format!(
        "bank-link-flow-{}",
        created_id(&funding_source_url)?
    ));
    let transfer_url = dwolla
        .initiate_transfer(&transfer)
        .await
        .map_err(|e| context("Dwolla POST /transfers", e))?;

    // 8. Read the transfer back (it stays `pending` until the bank transfer clears).
    let transfer = dwolla
        .get_transfer(&dm::GetTransferRequest::new(created_id(&transfer_url)?))
        .await
        .map_err(|e| context("Dwolla GET /transfers/{id}", e))?;

    Ok(Summary {
        item_id: exchanged.item_id,
        account_id: account.account_id,
        account_name: account.name,
        processor_token,
        customer_url: customer_url.to_string(),
        funding_source_url: funding_source_url.to_string(),
        transfer_url: transfer_url.to_string(),
        transfer_status: transfer.status,
    })
}

/// The id of a created resource (the end of its `Location`).
fn created_id(location: &generated::Location) -> Result<String, Box<dyn std::error::Error>> {
    location
        .id()
        .map(str::to_string)
        .ok_or_else(|| format!("no id at the end of {location}").into())
}

/// Says which call failed, keeping the API's own message.
fn context(call: &str, error: impl std::fmt::Display) -> Box<dyn std::error::Error> {
    format!("{call} failed: {error}").into()
}

#[tokio::main]
async fn main() -> std::process::ExitCode {
    let result = match Config::from_env() {
        Ok(config) => run(config).await,
        Err(error) => Err(error),
    };
    let summary = match result {
        Ok(summary) => summary,
        Err(error) => {
            eprintln!("error: {error}");
            return std::process::ExitCode::FAILURE;
        }
    };
    println!("Plaid Item:         {}", summary.item_id);
    println!(
        "bank account:       {} ({})",
        summary.account_name, summary.account_id
    );
    println!("Dwolla customer:    {}", summary.customer_url);
    println!("funding source:     {}", summary.funding_source_url);
    println!("transfer:           {}", summary.transfer_url);
    println!(
        "transfer status:    {}",
        summary.transfer_status.as_deref().unwrap_or("(not given)")
    );
    std::process::ExitCode::SUCCESS
}
