"""The contact book screen: the tree, the table, the detail, the editor, who is near."""
