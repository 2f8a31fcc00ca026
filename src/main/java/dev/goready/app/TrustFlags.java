package dev.goready.app;

/** Keys and signers to trust beyond goready's defaults, as the command line gave them; null means "not given". */
public record TrustFlags(String keyring, String identity, String issuer, String trustedRoot) {}
