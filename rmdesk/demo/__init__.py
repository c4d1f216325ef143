"""The demo book: a realistic, reproducible network of an RM in 台州 (Taizhou, Zhejiang)."""
