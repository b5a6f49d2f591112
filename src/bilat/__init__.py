"""bilat"""
