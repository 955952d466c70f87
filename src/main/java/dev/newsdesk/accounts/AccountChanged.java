package dev.newsdesk.accounts;

import java.util.List;

/** Published when an account's password or roles changed: its sessions have ended, and its tokens lose roles it lost. */
record AccountChanged(String ownerId, List<String> roles) {
}
