// SPDX-License-Identifier: MIT
// Placeholder: replaced by the sample API server's entry point.
int main()
{
    return 0;
}
