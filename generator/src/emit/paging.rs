//! Streams for list operations: `<operation>_pages` yields each page as the operation returns
//! it, and `<operation>_stream` the items of every page when a page holds one list. The
//! runtime (`runtime/paging.rs`) sends the calls; this module writes the closures that read a
//! page's next cursor, count or link, and move the request on, from the IR's
//! [`Pagination`].

use super::types::ident;
use super::{doc, Ctx, Place};
use crate::ir::*;
use proc_macro2::TokenStream;
use quote::quote;

/// The stream methods of operation `index`, if it is paginated.
pub fn expand_streams(ctx: &Ctx<'_>, index: usize, errors: &TokenStream) -> TokenStream {
    let op = &ctx.provider.operations[index];
    let Some(pagination) = &op.pagination else {
        return quote!();
    };
    let Response::Body(response) = &op.response else {
        return quote!();
    };
    let Some(streams) = &ctx.names.streams[index] else {
        return quote!();
    };
    let method = ctx.names.operations[index].as_str();
    let bare = method.trim_start_matches("r#");
    let pages_name = streams.pages.as_str();
    let call = ident(method);
    let pages = ident(pages_name);
    let page = ctx.rust_type(response, Place::Provider);
    let request_ty = op
        .request
        .map(|id| ctx.rust_type(&TypeRef::Named(id), Place::Provider));
    let (param, fetch_args) = match &request_ty {
        Some(ty) => (quote!(, request: &#ty), quote!(&request)),
        None => (quote!(), quote!()),
    };
    let fetch = quote! {
        move |request: #request_ty| -> crate::runtime::PageFuture<'a, #page, Error> {
            Box::pin(async move { self.#call(#fetch_args).await })
        }
    };
    let (body, how) = match &pagination.style {
        PagingStyle::Cursor {
            cursor,
            next,
            has_more,
        } if request_ty.is_some() => {
            let read_next = receiver(ctx, quote!(page), &next.0);
            let stop = has_more.as_ref().map(|path| {
                let more = copied(ctx, quote!(page), &path.0);
                quote!(if !#more { return None; })
            });
            let set = assign(ctx, &cursor.0, quote!(cursor));
            let how = format!(
                "sending each page's {} as the next request's {}{}",
                wire(ctx, next),
                wire(ctx, cursor),
                match has_more {
                    Some(more) => format!(", while {} is true", wire(ctx, more)),
                    None => String::new(),
                }
            );
            let body = quote! {
                crate::runtime::cursor_pages(
                    request.clone(),
                    #fetch,
                    |page: &#page| {
                        #stop
                        Some(#read_next.clone())
                    },
                    |request: &mut #request_ty, cursor: String| #set,
                )
            };
            (body, how)
        }
        PagingStyle::Offset {
            offset,
            limit,
            pages: by_page,
            total,
        } if request_ty.is_some() => {
            let items = pagination.items.as_ref().map(|path| {
                let list = receiver(ctx, quote!(page), &path.0);
                quote!(|page: &#page| Some(#list.len()))
            });
            let Some(count) = items else {
                return quote!();
            };
            let total = match total {
                Some(path) => {
                    let value = copied(ctx, quote!(page), &path.0);
                    quote!(|page: &#page| Some(#value as u64))
                }
                None => quote!(|_: &#page| None),
            };
            let read = |path: &FieldPath| read_request(ctx, &path.0);
            let start = match offset.0.split_last() {
                Some((last, before)) if !before.iter().any(|step| optional(ctx, *step)) => {
                    let value = place(ctx, &offset.0);
                    if optional(ctx, *last) {
                        quote!(#value.map_or(0, |value| value as u64))
                    } else {
                        quote!(#value as u64)
                    }
                }
                _ => {
                    let value = read_request(ctx, &offset.0);
                    quote!(#value.unwrap_or(0))
                }
            };
            let size = match limit {
                Some(path) => read(path),
                None => quote!(None),
            };
            let number = match last(ctx, &offset.0).map(|f| &f.ty) {
                Some(TypeRef::Primitive(Primitive::Number)) => quote!(f64),
                _ => quote!(i64),
            };
            let set = assign(ctx, &offset.0, quote!(offset as #number));
            let how = if *by_page {
                format!("asking for the next {} number", wire(ctx, offset))
            } else {
                format!(
                    "moving {} on by the items each page held, until a page is empty{}",
                    wire(ctx, offset),
                    match limit {
                        Some(limit) => format!(" or shorter than {}", wire(ctx, limit)),
                        None => String::new(),
                    }
                )
            };
            let body = quote! {
                crate::runtime::offset_pages(
                    request.clone(),
                    #by_page,
                    #fetch,
                    |request: &#request_ty| crate::runtime::Window {
                        offset: #start,
                        limit: #size,
                    },
                    #count,
                    #total,
                    |request: &mut #request_ty, offset: u64| #set,
                )
            };
            (body, how)
        }
        PagingStyle::Links { links, next, href } => {
            let mut chain = receiver(ctx, quote!(page), &links.0);
            let mut shown = wire_names(ctx, links);
            match next {
                NextLink::Entry(key) => {
                    chain = quote!(#chain.get(#key)?);
                    shown.push_str(&format!(".{key}"));
                }
                NextLink::Field(step) => {
                    chain = receiver(ctx, chain, std::slice::from_ref(step));
                    if let Some(f) = step.get(ctx.provider) {
                        shown.push_str(&format!(".{}", f.wire_name));
                    }
                }
            }
            let link = receiver(ctx, chain, std::slice::from_ref(href));
            if let Some(f) = href.get(ctx.provider) {
                shown.push_str(&format!(".{}", f.wire_name));
            }
            let path = &op.path;
            let first = match &request_ty {
                Some(_) => quote!({
                    let request = request.clone();
                    Box::pin(async move { self.#call(&request).await })
                }),
                None => quote!(Box::pin(async move { self.#call().await })),
            };
            let body = quote! {
                crate::runtime::linked_pages(
                    #first,
                    move |href: String| -> crate::runtime::PageFuture<'a, #page, Error> {
                        let op = crate::runtime::Op {
                            method: ::reqwest::Method::GET,
                            path: #path,
                            credentials: false,
                            errors: #errors,
                        };
                        ::std::future::IntoFuture::into_future(self.http.call(
                            op,
                            move |http| http.link(::reqwest::Method::GET, &href),
                            crate::runtime::json,
                        ))
                    },
                    |page: &#page| Some(#link.clone()),
                )
            };
            (
                body,
                format!("following each page's {} link", doc::code(&shown)),
            )
        }
        _ => return quote!(),
    };
    let call_link = format!("[`Client::{bare}`]");
    let pages_docs = doc::lines_to_attrs(&format!(
        "Every page of {call_link}, one call each (with the client's time limits and \
         retries), {how}.\n\nThe stream ends after the last page, or after an error, which it \
         yields.\n"
    ));
    let deprecated = op.deprecated.then(|| quote!(#[deprecated]));
    let pages_method = quote! {
        #pages_docs
        #deprecated
        pub fn #pages<'a>(&'a self #param) -> impl crate::Stream<Item = Result<#page, Error>> + Send + 'a {
            #body
        }
    };
    let (Some(items), Some(items_name)) = (&pagination.items, &streams.items) else {
        return pages_method;
    };
    let Some(TypeRef::List(item)) = last(ctx, &items.0).map(|f| &f.ty) else {
        return pages_method;
    };
    let item = ctx.rust_type(item, Place::Provider);
    let list = owned(ctx, &items.0);
    let items_method = ident(items_name);
    let items_docs = doc::lines_to_attrs(&format!(
        "The items of every page of {call_link} (its {}), in order: the pages come from \
         [`Client::{pages_name}`].\n",
        wire(ctx, items)
    ));
    let args = request_ty.as_ref().map(|_| quote!(request));
    quote! {
        #pages_method

        #items_docs
        #deprecated
        pub fn #items_method<'a>(&'a self #param) -> impl crate::Stream<Item = Result<#item, Error>> + Send + 'a {
            crate::runtime::items(self.#pages(#args), |page: #page| #list)
        }
    }
}

/// The field at the end of a path.
fn last<'p>(ctx: &Ctx<'p>, path: &[FieldStep]) -> Option<&'p Field> {
    path.last()?.get(ctx.provider)
}

fn field_ident(ctx: &Ctx<'_>, step: FieldStep) -> TokenStream {
    let name = ident(ctx.names.field(step.ty, step.field));
    quote!(#name)
}

fn optional(ctx: &Ctx<'_>, step: FieldStep) -> bool {
    step.get(ctx.provider)
        .is_none_or(|f| f.presence != Presence::Required)
}

/// An expression for the field at the end of `path` from `root`, usable as a method receiver:
/// the field itself when required, a reference to its value (`?` when absent) otherwise. Every
/// optional step before the last is passed with `?`, so the expression belongs in a closure
/// that returns an `Option`.
fn receiver(ctx: &Ctx<'_>, root: TokenStream, path: &[FieldStep]) -> TokenStream {
    path.iter().fold(root, |expr, step| {
        let name = field_ident(ctx, *step);
        if optional(ctx, *step) {
            quote!(#expr.#name.as_ref()?)
        } else {
            quote!(#expr.#name)
        }
    })
}

/// The value (a number, a flag) at the end of `path`, copied.
fn copied(ctx: &Ctx<'_>, root: TokenStream, path: &[FieldStep]) -> TokenStream {
    let expr = receiver(ctx, root, path);
    match path.last() {
        Some(step) if optional(ctx, *step) => quote!((*#expr)),
        _ => expr,
    }
}

/// The list at the end of `path`, taken out of the page (`page`): an `Option<Vec<_>>`.
fn owned(ctx: &Ctx<'_>, path: &[FieldStep]) -> TokenStream {
    let mut expr = quote!(page);
    for (index, step) in path.iter().enumerate() {
        let name = field_ident(ctx, *step);
        let end = index + 1 == path.len();
        expr = match (optional(ctx, *step), end) {
            (true, false) => quote!(#expr.#name?),
            (false, false) => quote!(#expr.#name),
            (true, true) => quote!(#expr.#name),
            (false, true) => quote!(Some(#expr.#name)),
        };
    }
    expr
}

/// The number at the end of request `path`, as an `Option<u64>`.
fn read_request(ctx: &Ctx<'_>, path: &[FieldStep]) -> TokenStream {
    let (last, before) = match path.split_last() {
        Some((last, before)) => (*last, before),
        None => return quote!(None),
    };
    if before.iter().any(|step| optional(ctx, *step)) {
        let value = copied(ctx, quote!(request), path);
        return quote!((|| Some(#value as u64))());
    }
    let value = place(ctx, path);
    if optional(ctx, last) {
        quote!(#value.map(|value| value as u64))
    } else {
        quote!(Some(#value as u64))
    }
}

/// The request field at the end of `path`, as a place to write to: an optional object on the
/// way is created when absent (the analysis only goes through objects that may be empty).
fn place(ctx: &Ctx<'_>, path: &[FieldStep]) -> TokenStream {
    let Some((last, before)) = path.split_last() else {
        return quote!(request);
    };
    let parent = before.iter().fold(quote!(request), |place, step| {
        let name = field_ident(ctx, *step);
        if optional(ctx, *step) {
            quote!(#place.#name.get_or_insert_with(Default::default))
        } else {
            quote!(#place.#name)
        }
    });
    let name = field_ident(ctx, *last);
    quote!(#parent.#name)
}

/// Sets the request field at the end of `path` to `value`.
fn assign(ctx: &Ctx<'_>, path: &[FieldStep], value: TokenStream) -> TokenStream {
    let place = place(ctx, path);
    match path.last() {
        Some(step) if optional(ctx, *step) => quote!({ #place = Some(#value); }),
        _ => quote!({ #place = #value; }),
    }
}

/// The wire names along a path, dotted, as inline code for docs.
fn wire(ctx: &Ctx<'_>, path: &FieldPath) -> String {
    doc::code(&wire_names(ctx, path))
}

fn wire_names(ctx: &Ctx<'_>, path: &FieldPath) -> String {
    let names: Vec<&str> = path
        .0
        .iter()
        .filter_map(|step| step.get(ctx.provider).map(|f| f.wire_name.as_str()))
        .collect();
    names.join(".")
}
